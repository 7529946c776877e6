using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;

namespace Plein.Support.Requests;

/// <summary>Programme staff see every organisation's requests, the open ones first.</summary>
internal sealed class RequestAdminModel(PleinDb db, CurrentUser me) : PageModel
{
    internal sealed record Row(Guid Id, string Organisation, string Item, RequestState State, DateTimeOffset CreatedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        // Across organisations by design: the programme handles them all.
        var rows = await (from r in db.National<OfferRequest>().AsNoTracking()
                          join o in db.Organisations on r.OrganisationId equals o.Id
                          join i in db.Set<OfferItem>() on r.OfferItemId equals i.Id
                          orderby r.CreatedAt descending
                          select new Row(r.Id, o.Name, i.Title, r.State, r.CreatedAt)).ToListAsync(ct);
        Rows = [.. rows.OrderBy(r => r.State is RequestState.Afgerond or RequestState.Afgewezen)];
        return Page();
    }
}
