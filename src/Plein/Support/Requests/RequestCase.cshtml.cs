using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;
using Plein.Support.Manage;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Requests;

/// <summary>Programme staff handle one organisation's request: intake, a message, planning dates for that organisation, closing.</summary>
internal sealed class RequestCaseModel(PleinDb db, CurrentUser me, Mailer mailer, AccountLinks links, TimeProvider clock) : PageModel
{
    internal sealed class StepInput
    {
        [Required(ErrorMessage = "Kies de stap.")] public RequestState? State { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Message { get; set; }
    }

    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty] public SessionInput NewSession { get; set; } = new();
    public OfferRequest Entry { get; private set; } = default!;
    public OfferItem Item { get; private set; } = default!;
    public Organisation Organisation { get; private set; } = default!;
    public string? RequesterEmail { get; private set; }
    public IReadOnlyList<OfferSession> Sessions { get; private set; } = [];
    public static IEnumerable<SelectListItem> States => [new("Kies de stap", ""), new("Intake", nameof(RequestState.Intake)), new("Afronden", nameof(RequestState.Afgerond)), new("Afwijzen", nameof(RequestState.Afgewezen))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        NewSession.Capacity = Item.Capacity;
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Step));
        if (Step.State is RequestState.Ingediend or RequestState.Gepland) ModelState.AddModelError("Step.State", "Kies de stap uit de lijst.");
        if (Step.State == RequestState.Afgewezen && string.IsNullOrWhiteSpace(Step.Message)) ModelState.AddModelError("Step.Message", "Schrijf waarom de aanvraag niet doorgaat.");
        if (!ModelState.IsValid) return Page();
        var message = string.IsNullOrWhiteSpace(Step.Message) ? null : Step.Message.Trim();
        return await SaveAsync(id, Step.State!.Value, message, $"Uw aanvraag voor {Item.Title} is nu: {RequestTexts.State(Step.State.Value)}.", ct);
    }

    /// <summary>A date for this organisation only: its members see it on the item's page and register there.</summary>
    public async Task<IActionResult> OnPostPlanAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(NewSession));
        NewSession.Validate(Platform.Tenancy.Organisation.Today, ModelState);
        if (Entry.State is RequestState.Afgerond or RequestState.Afgewezen) ModelState.AddModelError("NewSession.Date", "Deze aanvraag is afgesloten.");
        if (!ModelState.IsValid) return Page();
        var (starts, ends) = NewSession.Instants();
        var session = new OfferSession
        {
            Id = Guid.NewGuid(), OfferItemId = Item.Id, Starts = starts, Ends = ends, Place = NewSession.Place!.Trim(), Capacity = NewSession.Capacity!.Value,
            OnlineLink = string.IsNullOrWhiteSpace(NewSession.OnlineLink) ? null : NewSession.OnlineLink.Trim(), OrganisationId = Organisation.Id, RequestId = id, CreatedAt = clock.GetUtcNow(),
        };
        db.Add(session);
        return await SaveAsync(id, RequestState.Gepland, Entry.Message,
            $"{Item.Title} is gepland op {Registrations.When(session)}, {session.Place}. Uw mensen schrijven zich in op {links.To($"/aanbod/{Item.Slug}")}.", ct);
    }

    private async Task<IActionResult> SaveAsync(Guid id, RequestState state, string? message, string mail, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tracked = await db.National<OfferRequest>().SingleAsync(r => r.Id == id, ct);
        (tracked.State, tracked.Message, tracked.UpdatedAt) = (state, message, now);
        if (RequesterEmail is { } email) mailer.Enqueue(email, $"Uw aanvraag: {Item.Title}", message is null ? mail : $"{mail}\n\n{message}");
        if (!await db.TrySaveAsync(ct))
        {
            TempData["Melding"] = "Een collega heeft deze aanvraag net gewijzigd. Bekijk hoe hij er nu voor staat.";
            return Redirect($"/aanbod/beheer/aanvragen/{id}");
        }
        TempData["Melding"] = "De aanvraag is bijgewerkt. De aanvrager krijgt bericht.";
        return Redirect($"/aanbod/beheer/aanvragen/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        // Programme staff work across organisations: a national read by design.
        if (await db.National<OfferRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } request) return NotFound();
        Entry = request;
        Item = await db.Set<OfferItem>().AsNoTracking().SingleAsync(o => o.Id == request.OfferItemId, ct);
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == request.OrganisationId, ct);
        RequesterEmail = await db.Users.Where(u => u.Id == request.RequestedBy).Select(u => u.Email).FirstOrDefaultAsync(ct);
        Sessions = await db.Set<OfferSession>().AsNoTracking().Where(s => s.RequestId == id).OrderBy(s => s.Starts).ToListAsync(ct);
        return null;
    }
}
