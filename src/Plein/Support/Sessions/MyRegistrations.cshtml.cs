using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;

namespace Plein.Support.Sessions;

/// <summary>The signed-in person's registrations: coming dates (registered or waiting), and earlier ones.</summary>
internal sealed class MyRegistrationsModel(PleinDb db, CurrentUser me, Registrations registrations, TimeProvider clock) : PageModel
{
    [BindProperty] public Guid Session { get; set; }
    public DateTimeOffset Now => clock.GetUtcNow();

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

    /// <summary>Cancelling from here works for any item, also one that is no longer in the public offer.</summary>
    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        if (await OnGetAsync(ct) is not PageResult) return Challenge();
        var row = Rows.FirstOrDefault(r => r.Session.Id == Session && r.Registration.CancelledAt is null && r.Session.Starts > Now);
        var cancelled = row is not null && await registrations.CancelAsync(row.Session, row.Title, me.Id!.Value, ct);
        TempData["Melding"] = cancelled ? "U bent afgemeld." : "U was niet ingeschreven voor deze datum.";
        return Redirect("/aanbod/mijn-inschrijvingen");
    }
}
