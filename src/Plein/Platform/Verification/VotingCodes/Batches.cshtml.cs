using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.VotingCodes;

/// <summary>Staff see the voting-code batches with used and unused counts, and invalidate a lost code.</summary>
internal sealed class BatchesModel(PleinDb db, ITenantContext tenant, CurrentUser me, VotingCodeService codes, AuditLog audit) : PageModel
{
    internal sealed record Row(string Name, int Count, int Used, int Invalid, DateTimeOffset CreatedAt);

    [BindProperty, Required(ErrorMessage = "Vul de stemcode in."), StringLength(30, ErrorMessage = "Deze stemcode klopt niet. Controleer of u hem goed heeft overgetypt.")]
    public string? Code { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var (code, error) = await codes.InvalidateAsync(Code, ct);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Code), error);
            return Page();
        }
        var batch = await db.Set<VotingCodeBatch>().Where(b => b.Id == code!.BatchId).Select(b => b.Name).FirstAsync(ct);
        audit.Record(tenant.RequiredOrganisation().Id, "stemcode.ongeldig", batch);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De stemcode is ongeldig gemaakt. Maak zo nodig een nieuwe code voor deze persoon.";
        return Redirect($"/{tenant.RequiredOrganisation().Slug}/beheer/stemcodes");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanManageContent(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } refused) return refused;
        Rows = await db.Set<VotingCodeBatch>().AsNoTracking().OrderByDescending(b => b.CreatedAt)
            .Select(b => new Row(b.Name, b.Count,
                db.Set<VotingCode>().Count(c => c.BatchId == b.Id && c.RedeemedAt != null),
                db.Set<VotingCode>().Count(c => c.BatchId == b.Id && c.InvalidatedAt != null), b.CreatedAt))
            .ToListAsync(ct);
        return null;
    }
}
