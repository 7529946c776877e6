using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Support.Requests;
using Plein.Support.Sessions;

namespace Plein.Support.Offer;

/// <summary>One offer item: what it is, its dates with free places, and registering or cancelling for a date.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class OfferPageModel(PleinDb db, CurrentUser me, Registrations registrations, TimeProvider clock) : PageModel
{
    internal sealed record SessionRow(OfferSession Session, int Taken, int Waiting, Registration? Mine);

    [BindProperty] public Guid? Session { get; set; }
    [BindProperty] public string? Affiliation { get; set; }

    public OfferItem Item { get; private set; } = default!;
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public bool SignedIn { get; private set; }
    /// <summary>The slug of an organisation this person may request the item for, if any.</summary>
    public string? CanRequestFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        Affiliation = await SuggestedAffiliationAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (!SignedIn) return Challenge();
        var row = Sessions.FirstOrDefault(s => s.Session.Id == Session);
        if (row is null) ModelState.AddModelError(nameof(Session), "Kies een datum.");
        if (string.IsNullOrWhiteSpace(Affiliation)) ModelState.AddModelError(nameof(Affiliation), "Vul uw functie en organisatie in.");
        else if (Affiliation.Length > 200) ModelState.AddModelError(nameof(Affiliation), "Gebruik hoogstens 200 tekens.");
        if (!ModelState.IsValid) return Page();
        var loaded = await me.LoadAsync(ct);
        // Reach counts organisations: the one a private date is for, else the person's working membership before a resident's one.
        var organisation = row!.Session.OrganisationId ?? loaded.Memberships.OrderBy(m => m.Role == Role.Inwoner).Select(m => (Guid?)m.OrganisationId).FirstOrDefault();
        var outcome = await registrations.RegisterAsync(row.Session, Item.Title, loaded.User!.Id, Affiliation!.Trim(), organisation, ct);
        TempData["Melding"] = outcome switch
        {
            Registrations.Outcome.Registered => "U bent ingeschreven. U krijgt een bevestiging per e-mail.",
            Registrations.Outcome.WaitingList => "Deze datum is vol. U staat op de wachtlijst en krijgt bericht als er plaats komt.",
            Registrations.Outcome.AlreadyRegistered => "U bent al ingeschreven voor deze datum.",
            Registrations.Outcome.Busy => "Het is nu erg druk. Probeer het over een paar tellen opnieuw.",
            _ => "Inschrijven voor deze datum kan niet meer.",
        };
        return Redirect($"/aanbod/{slug}");
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (!SignedIn) return Challenge();
        var row = Sessions.FirstOrDefault(s => s.Session.Id == Session);
        var cancelled = row is not null && await registrations.CancelAsync(row.Session, Item.Title, (await me.LoadAsync(ct)).User!.Id, ct);
        TempData["Melding"] = cancelled ? "U bent afgemeld." : "U was niet ingeschreven voor deze datum.";
        return Redirect($"/aanbod/{slug}");
    }

    /// <summary>"Raadslid, Zwolle": the person's first role and organisation, to change if they register for another.</summary>
    private async Task<string?> SuggestedAffiliationAsync(CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.Memberships.Count == 0) return null;
        var membership = loaded.Memberships[0];
        var name = await db.Organisations.Where(o => o.Id == membership.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var role = Platform.Accounts.RoleText.Of(membership.Role);
        return $"{char.ToUpperInvariant(role[0])}{role[1..]}, {name}";
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        if (await db.Set<OfferItem>().AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug && o.Published, ct) is not { } item) return NotFound();
        Item = item;
        var loaded = await me.LoadAsync(ct);
        SignedIn = loaded.User is not null;
        var userId = loaded.User?.Id;
        var now = clock.GetUtcNow();
        // Dates planned on an organisation's request are only for its members.
        var mine = loaded.Memberships.Select(m => (Guid?)m.OrganisationId).ToList();
        var sessions = await db.Set<OfferSession>().AsNoTracking()
            .Where(s => s.OfferItemId == item.Id && s.CancelledAt == null && s.Starts > now && (s.OrganisationId == null || mine.Contains(s.OrganisationId)))
            .OrderBy(s => s.Starts).ToListAsync(ct);
        var actFor = loaded.Memberships.Select(m => m.OrganisationId).Distinct()
            .Where(o => PlatformPermissions.CanActForOrganisation(loaded, o) == PlatformPermissions.Verdict.Allowed).ToList();
        CanRequestFor = OfferRequest.Requestable.Contains(item.Kind) && actFor.Count > 0
            ? await db.Organisations.Where(o => actFor.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Slug).FirstAsync(ct)
            : null;
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.Set<Registration>().AsNoTracking().Where(r => ids.Contains(r.SessionId) && r.CancelledAt == null)
            .GroupBy(r => r.SessionId).Select(g => new { g.Key, Taken = g.Count(r => r.Seat != null), Waiting = g.Count(r => r.Seat == null) }).ToDictionaryAsync(g => g.Key, ct);
        var registered = userId is null ? [] : await db.Set<Registration>().AsNoTracking().Where(r => ids.Contains(r.SessionId) && r.UserId == userId && r.CancelledAt == null).ToListAsync(ct);
        Sessions = [.. sessions.Select(s => new SessionRow(s, counts.GetValueOrDefault(s.Id)?.Taken ?? 0, counts.GetValueOrDefault(s.Id)?.Waiting ?? 0, registered.FirstOrDefault(r => r.SessionId == s.Id)))];
        return null;
    }
}
