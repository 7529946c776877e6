using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Processes;

/// <summary>Staff start a new participation process as a draft.</summary>
internal sealed class NewProcessModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ProcessInput Input { get; set; } = new();
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        await Input.LoadAreasAsync(db, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        await Input.LoadAreasAsync(db, ModelState, ct);
        if (!ModelState.IsValid) return Page();
        var process = new Process { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow() };
        Input.CopyTo(process);
        db.Add(process);
        audit.Record(tenant.RequiredOrganisation().Id, "proces.aangemaakt", process.Title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het proces is opgeslagen als concept. Voeg nu de fasen toe.";
        return Redirect($"/{Slug}/participatie/{process.Id}/beheer");
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        this.Enforce(ParticipationPermissions.Manage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id));
}
