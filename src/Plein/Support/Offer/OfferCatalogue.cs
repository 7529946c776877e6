using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Support.Contracts;

namespace Plein.Support.Offer;

/// <summary>Offer items for an aandachtsgebied, those for more of the asked target groups first.</summary>
internal sealed class OfferCatalogue(PleinDb db) : IOfferCatalogue
{
    public async Task<IReadOnlyList<OfferSuggestion>> ForAsync(int area, IReadOnlyCollection<TargetGroup> groups, int max, CancellationToken ct)
    {
        // The offer is a few dozen items: filtering the JSON lists in memory is simpler than per-provider JSON queries.
        var items = await db.Set<OfferItem>().AsNoTracking().Where(o => o.Published).ToListAsync(ct);
        return [.. items.Where(o => o.Areas.Contains(area))
            .Select(o => (Item: o, Match: o.TargetGroups.Count(groups.Contains)))
            .Where(x => x.Match > 0 || groups.Count == 0)
            .OrderByDescending(x => x.Match).ThenBy(x => x.Item.Title, StringComparer.Ordinal)
            .Take(max)
            .Select(x => new OfferSuggestion(x.Item.Title, x.Item.Summary, OfferItem.Describe(x.Item.Kind), $"/aanbod#{x.Item.Slug}"))];
    }
}
