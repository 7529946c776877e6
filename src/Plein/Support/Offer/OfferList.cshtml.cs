using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Programme;
using Plein.Support.Contracts;
using Plein.Support.Sessions;

namespace Plein.Support.Offer;

/// <summary>The general offer with filters (kind, target group, aandachtsgebied, format) and a search over title and text.</summary>
internal sealed class OfferListModel(PleinDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Voor { get; set; }
    [BindProperty(SupportsGet = true)] public int? Gebied { get; set; }
    [BindProperty(SupportsGet = true)] public string? Vorm { get; set; }

    public IReadOnlyList<OfferItem> Items { get; private set; } = [];
    public IReadOnlyDictionary<Guid, DateTimeOffset> NextSession { get; private set; } = new Dictionary<Guid, DateTimeOffset>();

    public static IEnumerable<SelectListItem> Kinds => [new("Alle soorten", ""), .. Enum.GetValues<OfferKind>().Select(k => new SelectListItem(OfferItem.Describe(k), k.ToString()))];
    public static IEnumerable<SelectListItem> Groups => [new("Iedereen", ""), .. Enum.GetValues<TargetGroup>().Select(g => new SelectListItem(g.ToString(), g.ToString()))];
    public static IEnumerable<SelectListItem> Areas => [new("Alle aandachtsgebieden", ""), .. Enumerable.Range(1, 7).Select(a => new SelectListItem(Aandachtsgebieden.Name(a), a.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    public static IEnumerable<SelectListItem> Formats => [new("Alle vormen", ""), .. Enum.GetValues<OfferFormat>().Select(f => new SelectListItem(OfferItem.Describe(f), f.ToString()))];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        // A few dozen items: filtering the JSON lists in memory is simpler than per-provider JSON queries.
        var items = await db.Set<OfferItem>().AsNoTracking().Where(o => o.Published).OrderBy(o => o.Title).ToListAsync(ct);
        var words = (Zoek ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Items = [.. items.Where(o =>
            (!Enum.TryParse<OfferKind>(Soort, out var kind) || o.Kind == kind) &&
            (!Enum.TryParse<TargetGroup>(Voor, out var group) || o.TargetGroups.Contains(group)) &&
            (Gebied is not { } area || o.Areas.Contains(area)) &&
            (!Enum.TryParse<OfferFormat>(Vorm, out var format) || o.Format == format) &&
            words.All(w => $"{o.Title} {o.Summary} {o.Body} {o.Provider}".Contains(w, StringComparison.CurrentCultureIgnoreCase)))];
        var now = clock.GetUtcNow();
        NextSession = (await db.Set<OfferSession>().AsNoTracking().Where(s => s.CancelledAt == null && s.Starts > now && s.OrganisationId == null)
                .Select(s => new { s.OfferItemId, s.Starts }).ToListAsync(ct))
            .GroupBy(s => s.OfferItemId).ToDictionary(g => g.Key, g => g.Min(s => s.Starts));
    }
}
