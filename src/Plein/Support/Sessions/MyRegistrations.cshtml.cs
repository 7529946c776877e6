using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;

namespace Plein.Support.Sessions;

/// <summary>The signed-in person's registrations: coming dates (registered or waiting), and earlier ones.</summary>
internal sealed class MyRegistrationsModel(PleinDb db, CurrentUser me) : PageModel
{
    internal sealed record Row(string Title, string Slug, OfferSession Session, Registration Registration);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId) return Challenge();
        Rows = await (from r in db.Set<Registration>().AsNoTracking()
                      join s in db.Set<OfferSession>().AsNoTracking() on r.SessionId equals s.Id
                      join o in db.Set<OfferItem>().AsNoTracking() on s.OfferItemId equals o.Id
                      where r.UserId == userId
                      orderby s.Starts descending
                      select new Row(o.Title, o.Slug, s, r)).ToListAsync(ct);
        return Page();
    }
}
