using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Manage;

/// <summary>Programme staff see every offer item, published or not, with its coming dates.</summary>
internal sealed class OfferAdminModel(PleinDb db, CurrentUser me, TimeProvider clock) : PageModel
{
    internal sealed record Row(string Title, string Slug, OfferKind Kind, bool Published, int Coming);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        var now = clock.GetUtcNow();
        Rows = await db.Set<OfferItem>().AsNoTracking().OrderBy(o => o.Title)
            .Select(o => new Row(o.Title, o.Slug, o.Kind, o.Published, db.Set<OfferSession>().Count(s => s.OfferItemId == o.Id && s.CancelledAt == null && s.Starts > now)))
            .ToListAsync(ct);
        return Page();
    }
}
