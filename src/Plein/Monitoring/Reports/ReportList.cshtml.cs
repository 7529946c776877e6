using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;

namespace Plein.Monitoring.Reports;

/// <summary>Programme staff start a voortgangsrapportage for a period; Plein drafts it from the data at once.</summary>
internal sealed class ReportListModel(PleinDb db, FigureSnapshots snapshots, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class NewReport
    {
        [Required(ErrorMessage = "Geef de rapportage een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Vul de eerste dag van de periode in, bijvoorbeeld 2026-01-01.")] public DateOnly? From { get; set; }
        [Required(ErrorMessage = "Vul de laatste dag van de periode in, bijvoorbeeld 2026-12-31.")] public DateOnly? Until { get; set; }
    }

    [BindProperty] public NewReport Input { get; set; } = new();
    public IReadOnlyList<ProgressReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        var today = Platform.Tenancy.Organisation.Today;
        Input = new NewReport { Title = $"Voortgangsrapportage Democratie in Actie {today.Year}", From = new DateOnly(today.Year, 1, 1), Until = today };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (Input.From is { } from && Input.Until is { } until)
        {
            if (until < from) ModelState.AddModelError("Input.Until", "De laatste dag ligt na de eerste dag van de periode.");
            else if (until.DayNumber - from.DayNumber > 366 * 3) ModelState.AddModelError("Input.Until", "Kies een periode van hoogstens drie jaar.");
            if (until > Platform.Tenancy.Organisation.Today) ModelState.AddModelError("Input.Until", "De periode kan niet in de toekomst eindigen.");
        }
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var report = new ProgressReport { Id = Guid.NewGuid(), Title = Input.Title!.Trim(), From = Input.From!.Value, Until = Input.Until!.Value, State = ReportState.Concept, Version = 1, CreatedAt = now, UpdatedAt = now };
        db.Add(report);
        db.Add(new ReportVersion { Id = Guid.NewGuid(), ReportId = report.Id, Number = 1, Figures = await snapshots.TakeAsync(report.From, report.Until, ct), SavedBy = (await me.LoadAsync(ct)).User!.Id, SavedAt = now });
        await audit.RecordNationalAsync("monitoring.rapportage-gestart", report.Title, $"{report.From:yyyy-MM-dd} tot en met {report.Until:yyyy-MM-dd}", ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Plein heeft de rapportage opgesteld met de cijfers van de periode. Schrijf nu de toelichting per hoofdstuk.";
        return Redirect($"/monitoring/rapportages/{report.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(ReportApproval.Work(await me.LoadAsync(ct), await Platform.Tenancy.OrganisationRegister.ProgrammeOfficeIdAsync(db, ct))) is { } denied) return denied;
        Reports = await db.Set<ProgressReport>().AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        return null;
    }
}
