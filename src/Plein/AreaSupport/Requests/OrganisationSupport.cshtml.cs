using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.AreaSupport.Grants;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Requests;

/// <summary>An organisation in an area asks for support and follows its requests and grants.</summary>
internal sealed class OrganisationSupportModel(PleinDb db, ITenantContext tenant, CurrentUser me, AreaAccess areas, AuditLog audit, Mailer mailer, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Schrijf waar uw vraag over gaat."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Subject { get; set; }
        [Required(ErrorMessage = "Schrijf uw vraag."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Question { get; set; }
        [Required(ErrorMessage = "Schrijf wanneer u de steun nodig heeft."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? WantedBy { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public AreaAccess.Loaded? Area { get; private set; }
    public IReadOnlyList<AreaSupportRequest> Requests { get; private set; } = [];
    public IReadOnlyList<Grant> Grants { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (Area is null) return NotFound();
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var request = new AreaSupportRequest
        {
            Id = Guid.NewGuid(), AreaId = Area.Area.Id, Subject = Input.Subject!.Trim(), Question = Input.Question!.Trim(), WantedBy = Input.WantedBy!.Trim(),
            RequestedBy = me.Id!.Value, State = AreaRequestState.Ingediend, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(request);
        audit.Record(Organisation.Id, "gebied.steun-gevraagd", request.Subject);
        await mailer.EnqueueToProgrammeStaffAsync($"Steunvraag {Area.Area.Name}: {Organisation.Name}", $"{Organisation.Name} vraagt steun: {request.Subject}\n\n{request.Question}\n\nNodig: {request.WantedBy}", ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw vraag is verstuurd. Het programma neemt contact met u op.";
        return Redirect($"/{Organisation.Slug}/gebiedsondersteuning");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanActForOrganisation(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        Area = await areas.ForOrganisationAsync(Organisation.Id, ct);
        Requests = await db.Set<AreaSupportRequest>().AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        Grants = await db.Set<Grant>().AsNoTracking().OrderByDescending(g => g.GrantedAt).ToListAsync(ct);
        return null;
    }
}
