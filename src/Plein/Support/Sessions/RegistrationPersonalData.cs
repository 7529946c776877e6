using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;

namespace Plein.Support.Sessions;

/// <summary>
/// A person's registrations are in the export. Erasing the account cancels the coming ones (so the waiting list moves
/// up) and blanks what the person wrote about themselves; past attendance stays as a count for the programme's reach.
/// Requests for the person's organisation are in the export and stay: they are the organisation's.
/// </summary>
internal sealed class RegistrationPersonalData(PleinDb db, Registrations registrations, TimeProvider clock) : IPersonalDataSource
{
    public string Section => "aanbod";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var registrations = await (from r in db.Set<Registration>().AsNoTracking()
                                   join s in db.Set<OfferSession>().AsNoTracking() on r.SessionId equals s.Id
                                   join o in db.Set<OfferItem>().AsNoTracking() on s.OfferItemId equals o.Id
                                   where r.UserId == userId
                                   select new { Item = o.Title, s.Starts, s.Place, r.Affiliation, Registered = r.Seat != null, r.CreatedAt, r.CancelledAt, r.Attended }).ToListAsync(ct);
        // Requests the person made for their organisation, in every organisation: national by design (AVG access request).
        var requests = await (from q in db.National<Requests.OfferRequest>().AsNoTracking()
                              join o in db.Set<OfferItem>().AsNoTracking() on q.OfferItemId equals o.Id
                              where q.RequestedBy == userId
                              select new { Item = o.Title, q.Participants, q.Wishes, q.PreferredPeriod, State = q.State.ToString(), q.CreatedAt }).ToListAsync(ct);
        return new { registrations, requests };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var coming = await (from r in db.Set<Registration>().AsNoTracking()
                            join s in db.Set<OfferSession>().AsNoTracking() on r.SessionId equals s.Id
                            join o in db.Set<OfferItem>().AsNoTracking() on s.OfferItemId equals o.Id
                            where r.UserId == userId && r.CancelledAt == null && s.Starts > now
                            select new { Session = s, o.Title }).ToListAsync(ct);
        foreach (var c in coming) await registrations.CancelAsync(c.Session, c.Title, userId, ct);
        await db.Set<Registration>().Where(r => r.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Affiliation, ""), ct);
    }
}
