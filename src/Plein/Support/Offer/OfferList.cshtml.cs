using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Support.Offer;

/// <summary>The general offer: every published item with its kind, target groups and aandachtsgebieden.</summary>
internal sealed class OfferListModel(PleinDb db) : PageModel
{
    public IReadOnlyList<OfferItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Set<OfferItem>().AsNoTracking().Where(o => o.Published).OrderBy(o => o.Title).ToListAsync(ct);
}
