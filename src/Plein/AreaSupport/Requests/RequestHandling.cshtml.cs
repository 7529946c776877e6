using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;

namespace Plein.AreaSupport.Requests;

/// <summary>Programme staff move a support request through its states with a message the organisation reads and gets by mail.</summary>
internal sealed class RequestHandlingModel(PleinDb db, CurrentUser me, AreaAccess areas, AuditLog audit, Mailer mailer, AccountLinks links, TimeProvider clock) : PageModel
{
    internal sealed class StepInput
    {
        [Required(ErrorMessage = "Kies de nieuwe stand.")] public AreaRequestState? State { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Message { get; set; }
        public long Version { get; set; }
    }

    [BindProperty] public StepInput Step { get; set; } = new();
    public AreaAccess.Loaded Area { get; private set; } = default!;
    public AreaSupportRequest Entry { get; private set; } = default!;
    public string Organisation { get; private set; } = "";
    public string? RequesterEmail { get; private set; }
    public static IEnumerable<SelectListItem> States =>
        [new("Kies de nieuwe stand", ""), .. new[] { AreaRequestState.InBehandeling, AreaRequestState.Toegezegd, AreaRequestState.Afgerond, AreaRequestState.Afgewezen }
            .Select(s => new SelectListItem(AreaSupportRequest.Describe(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await LoadAsync(slug, id, ct) is { } stop) return stop;
        Step.Version = RowVersion.Of(Entry.UpdatedAt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await LoadAsync(slug, id, ct) is { } stop) return stop;
        if (!Entry.IsOpen)
        {
            TempData["Melding"] = "Deze vraag is al afgesloten.";
            return Redirect($"/gebieden/{Area.Area.Slug}/beheer/vragen/{id}");
        }
        if (Step.State == AreaRequestState.Ingediend) ModelState.AddModelError("Step.State", "Kies de nieuwe stand uit de lijst.");
        if (Step.State == AreaRequestState.Afgewezen && string.IsNullOrWhiteSpace(Step.Message)) ModelState.AddModelError("Step.Message", "Schrijf waarom het programma deze vraag niet oppakt.");
        if (!ModelState.IsValid) return Page();
        var tracked = await db.National<AreaSupportRequest>().SingleAsync(r => r.Id == id, ct);
        db.Entry(tracked).Property(r => r.UpdatedAt).OriginalValue = RowVersion.From(Step.Version);
        var message = string.IsNullOrWhiteSpace(Step.Message) ? null : Step.Message.Trim();
        (tracked.State, tracked.Message, tracked.UpdatedAt) = (Step.State!.Value, message ?? tracked.Message, clock.GetUtcNow());
        audit.Record(tracked.OrganisationId, "gebied.steunvraag-" + tracked.State.ToString().ToLowerInvariant(), tracked.Subject, message);
        if (RequesterEmail is { } email)
        {
            var slugOfOrganisation = await db.Organisations.Where(o => o.Id == tracked.OrganisationId).Select(o => o.Slug).SingleAsync(ct);
            var state = $"Uw vraag is nu: {AreaSupportRequest.Describe(tracked.State)}.";
            mailer.Enqueue(email, $"Uw vraag om steun: {tracked.Subject}",
                $"{(message is null ? state : $"{state}\n\n{message}")}\n\nBekijk uw vragen op {links.To($"/{slugOfOrganisation}/gebiedsondersteuning")}");
        }
        if (!await db.TrySaveAsync(ct))
        {
            TempData["Melding"] = "Een collega heeft deze vraag net gewijzigd. Bekijk hoe zij er nu voor staat.";
            return Redirect($"/gebieden/{Area.Area.Slug}/beheer/vragen/{id}");
        }
        TempData["Melding"] = "De vraag is bijgewerkt. De organisatie krijgt bericht.";
        return Redirect($"/gebieden/{Area.Area.Slug}/beheer");
    }

    private async Task<IActionResult?> LoadAsync(string slug, Guid id, CancellationToken ct)
    {
        if (this.Enforce(AreaPermissions.Manage(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await areas.BySlugAsync(slug, ct) is not { } area) return NotFound();
        Area = area;
        // Programme staff handle requests of every organisation in the area.
        if (await db.National<AreaSupportRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.AreaId == area.Area.Id, ct) is not { } request) return NotFound();
        Entry = request;
        Organisation = area.Organisations.FirstOrDefault(o => o.Id == request.OrganisationId)?.Name ?? "";
        RequesterEmail = await db.Users.Where(u => u.Id == request.RequestedBy).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return null;
    }
}
