using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Scans;

/// <summary>What the quick scan is, the organisation's scans, and registration (accepting the processing agreement).</summary>
internal sealed class ScanListModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public bool Agreement { get; set; }
    public IReadOnlyList<Scan> Scans { get; private set; } = [];
    public bool CanManage { get; private set; }
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Enforce(QuickScanPermissions.Manage(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        if (!Agreement) ModelState.AddModelError(nameof(Agreement), "Ga akkoord met de verwerkersovereenkomst om de quick scan aan te melden.");
        if (await db.Set<Scan>().AnyAsync(s => s.State != ScanState.Afgerond && s.State != ScanState.Gesloten, ct))
            ModelState.AddModelError(nameof(Agreement), "Er loopt al een quick scan. Sluit die eerst af.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var version = await NationalQuestionnaire.CurrentAsync(db, ct);
        var now = clock.GetUtcNow();
        var scan = new Scan { Id = Guid.NewGuid(), VersionId = version.Id, State = ScanState.Aangemeld, AgreementAcceptedBy = me.Id!.Value, AgreementAcceptedAt = now, CreatedAt = now };
        db.Add(scan);
        audit.Record(Organisation.Id, "quickscan.aangemeld", version.Title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De quick scan is aangemeld. De volgende stap is het startgesprek.";
        return Redirect($"/{Organisation.Slug}/quickscan/{scan.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanManage = QuickScanPermissions.CanManage(await me.LoadAsync(ct), Organisation.Id);
        var scans = db.Set<Scan>().AsNoTracking().OrderByDescending(s => s.CreatedAt);
        Scans = CanManage ? await scans.ToListAsync(ct) : await scans.Where(s => s.State == ScanState.Open).ToListAsync(ct);
    }
}
