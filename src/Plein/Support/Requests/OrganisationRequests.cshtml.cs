using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Requests;

/// <summary>An organisation asks for an offer item for its own people and follows its requests and planned dates.</summary>
internal sealed class OrganisationRequestsModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, Mailer mailer, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Kies wat u aanvraagt.")] public Guid? Item { get; set; }
        [Required(ErrorMessage = "Schrijf wie meedoen."), StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? Participants { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Wishes { get; set; }
        [Required(ErrorMessage = "Schrijf wanneer het u uitkomt."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? PreferredPeriod { get; set; }
    }

    internal sealed record Row(OfferRequest Request, string Item, string Slug, IReadOnlyList<OfferSession> Sessions);

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Onderdeel { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public List<SelectListItem> Items { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        Input.Item = Items.FirstOrDefault(i => i.Value.Length > 0 && Onderdeel is not null && i.Value == Onderdeel) is { } chosen ? Guid.Parse(chosen.Value) : null;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (Input.Item is { } item && !Items.Any(i => i.Value == item.ToString())) ModelState.AddModelError("Input.Item", "Kies wat u aanvraagt uit de lijst.");
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var request = new OfferRequest
        {
            Id = Guid.NewGuid(), OfferItemId = Input.Item!.Value, RequestedBy = me.Id!.Value, Participants = Input.Participants!.Trim(), Wishes = Input.Wishes?.Trim() ?? "",
            PreferredPeriod = Input.PreferredPeriod!.Trim(), State = RequestState.Ingediend, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(request);
        var title = Items.First(i => i.Value == request.OfferItemId.ToString()).Text;
        await mailer.EnqueueToProgrammeStaffAsync($"Aanvraag: {title} voor {Organisation.Name}", $"{Organisation.Name} vraagt {title} aan.\n\nWie: {request.Participants}\nWanneer: {request.PreferredPeriod}\n\n{request.Wishes}", ct);
        audit.Record(Organisation.Id, "aanbod.aangevraagd", title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw aanvraag is verstuurd. Het programma neemt contact met u op voor een intake.";
        return Redirect($"/{Organisation.Slug}/aanbod/aanvragen");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanActForOrganisation(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        var items = await db.Set<OfferItem>().AsNoTracking().Where(o => o.Published).OrderBy(o => o.Title).ToListAsync(ct);
        Items = [new("Kies een onderdeel", ""), .. items.Where(o => OfferRequest.Requestable.Contains(o.Kind)).Select(o => new SelectListItem(o.Title, o.Id.ToString()))];
        var requests = await db.Set<OfferRequest>().AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        var ids = requests.Select(r => (Guid?)r.Id).ToList();
        var sessions = await db.Set<OfferSession>().AsNoTracking().Where(s => ids.Contains(s.RequestId)).OrderBy(s => s.Starts).ToListAsync(ct);
        Rows = [.. requests.Select(r => new Row(r, items.FirstOrDefault(i => i.Id == r.OfferItemId)?.Title ?? "", items.FirstOrDefault(i => i.Id == r.OfferItemId)?.Slug ?? "", [.. sessions.Where(s => s.RequestId == r.Id)]))];
        return null;
    }
}
