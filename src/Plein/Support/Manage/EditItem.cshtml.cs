using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Manage;

/// <summary>Programme staff make or change an offer item and plan its dates.</summary>
internal sealed class EditItemModel(PleinDb db, CurrentUser me, TimeProvider clock) : PageModel
{
    internal sealed record SessionRow(OfferSession Session, int Registered, int Waiting);

    [BindProperty] public ItemInput Input { get; set; } = new();
    [BindProperty] public SessionInput NewSession { get; set; } = new();
    public OfferItem? Item { get; private set; }
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public static IEnumerable<SelectListItem> Kinds => Enum.GetValues<OfferKind>().Select(k => new SelectListItem(OfferItem.Describe(k), k.ToString()));
    public static IEnumerable<SelectListItem> Formats => Enum.GetValues<OfferFormat>().Select(f => new SelectListItem(OfferItem.Describe(f), f.ToString()));

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        Input = Item is null ? new ItemInput { Provider = "Democratie in Actie", Cost = "Gratis", Capacity = 25, Published = true } : ItemInput.From(Item);
        NewSession.Capacity = Input.Capacity;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Input));
        Input.Validate(ModelState);
        var newSlug = Item?.Slug ?? Slugs.From(Input.Title ?? "");
        string[] taken = ["beheer", "mijn-inschrijvingen", "sessies"];
        if (Item is null && Input.Title is not null && (newSlug.Length == 0 || taken.Contains(newSlug) || await db.Set<OfferItem>().AnyAsync(o => o.Slug == newSlug, ct)))
            ModelState.AddModelError("Input.Title", "Er is al een onderdeel met deze titel. Kies een andere titel.");
        if (!ModelState.IsValid) return Page();
        var item = Item is null ? new OfferItem { Id = Guid.NewGuid(), Slug = newSlug, CreatedAt = clock.GetUtcNow() } : await db.Set<OfferItem>().SingleAsync(o => o.Id == Item.Id, ct);
        if (Item is null) db.Add(item);
        Input.CopyTo(item);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het onderdeel is opgeslagen.";
        return Redirect($"/aanbod/beheer/onderdeel/{item.Slug}");
    }

    public async Task<IActionResult> OnPostSessionAsync(string? slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Item is null) return NotFound();
        this.KeepOnly(nameof(NewSession));
        NewSession.Validate(Platform.Tenancy.Organisation.Today, ModelState);
        if (!ModelState.IsValid)
        {
            Input = ItemInput.From(Item);
            return Page();
        }
        var (starts, ends) = NewSession.Instants();
        db.Add(new OfferSession
        {
            Id = Guid.NewGuid(), OfferItemId = Item.Id, Starts = starts, Ends = ends, Place = NewSession.Place!.Trim(),
            OnlineLink = string.IsNullOrWhiteSpace(NewSession.OnlineLink) ? null : NewSession.OnlineLink.Trim(), Capacity = NewSession.Capacity!.Value, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De datum is toegevoegd.";
        return Redirect($"/aanbod/beheer/onderdeel/{Item.Slug}");
    }

    private async Task<IActionResult?> LoadAsync(string? slug, CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        if (slug is null) return null;
        if (await db.Set<OfferItem>().AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct) is not { } item) return NotFound();
        Item = item;
        var sessions = await db.Set<OfferSession>().AsNoTracking().Where(s => s.OfferItemId == item.Id).OrderByDescending(s => s.Starts).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.Set<Registration>().AsNoTracking().Where(r => ids.Contains(r.SessionId) && r.CancelledAt == null)
            .GroupBy(r => r.SessionId).Select(g => new { g.Key, Registered = g.Count(r => r.Seat != null), Waiting = g.Count(r => r.Seat == null) }).ToDictionaryAsync(g => g.Key, ct);
        Sessions = [.. sessions.Select(s => new SessionRow(s, counts.GetValueOrDefault(s.Id)?.Registered ?? 0, counts.GetValueOrDefault(s.Id)?.Waiting ?? 0))];
        return null;
    }
}
