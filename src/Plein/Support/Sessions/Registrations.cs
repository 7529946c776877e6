using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;

namespace Plein.Support.Sessions;

/// <summary>
/// Registering, the waiting list and cancelling. Seats are numbered and unique per session, so concurrent
/// registrations never go over capacity: a clash retries and finds the next seat or the waiting list. A cancelled seat
/// goes to the first person waiting.
/// </summary>
internal sealed class Registrations(PleinDb db, TimeProvider clock, Mailer mailer, AccountLinks links)
{
    internal enum Outcome { Registered, WaitingList, AlreadyRegistered, Closed, Busy }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<Outcome> RegisterAsync(OfferSession session, string itemTitle, Guid userId, string affiliation, Guid? organisationId, CancellationToken ct)
    {
        if (session.CancelledAt is not null || session.Starts <= clock.GetUtcNow()) return Outcome.Closed;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var existing = await db.Set<Registration>().FirstOrDefaultAsync(r => r.SessionId == session.Id && r.UserId == userId, ct);
            if (existing is { CancelledAt: null }) return Outcome.AlreadyRegistered;
            var taken = await db.Set<Registration>().Where(r => r.SessionId == session.Id && r.Seat != null).Select(r => r.Seat!.Value).ToListAsync(ct);
            int? seat = Enumerable.Range(1, session.Capacity).Cast<int?>().FirstOrDefault(n => !taken.Contains(n!.Value));
            var registration = existing ?? new Registration { Id = Guid.NewGuid(), SessionId = session.Id, UserId = userId };
            if (existing is null) db.Add(registration);
            (registration.Seat, registration.CancelledAt, registration.CreatedAt, registration.Affiliation, registration.OrganisationId) =
                (seat, null, clock.GetUtcNow(), affiliation, organisationId);
            await MailAsync(userId, seat is null ? $"Op de wachtlijst: {itemTitle}" : $"Ingeschreven: {itemTitle}", seat is null
                ? $"De bijeenkomst op {When(session)} is vol. U staat op de wachtlijst. Komt er een plaats vrij, dan schrijven wij u in en krijgt u bericht."
                : $"U bent ingeschreven voor {itemTitle} op {When(session)}, {session.Place}.{Link(session)}\n\nZet het in uw agenda: {links.To($"/aanbod/sessies/{session.Id}.ics")}\n\nKunt u toch niet? Meld u dan af op {links.To("/aanbod/mijn-inschrijvingen")}, zodat iemand van de wachtlijst kan komen.", ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return seat is null ? Outcome.WaitingList : Outcome.Registered;
            }
            catch (DbUpdateException)
            {
                // Someone took this seat (or this person registered twice at once): look again.
                db.ChangeTracker.Clear();
            }
        }
        return Outcome.Busy;
    }

    /// <summary>Cancels; a freed seat goes to the first on the waiting list, who is told by mail.</summary>
    public async Task<bool> CancelAsync(OfferSession session, string itemTitle, Guid userId, CancellationToken ct)
    {
        // Inside a caller's transaction (erasing an account) it joins that one.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var registration = await db.Set<Registration>().AsNoTracking().FirstOrDefaultAsync(r => r.SessionId == session.Id && r.UserId == userId && r.CancelledAt == null, ct);
        if (registration is null) return false;
        var now = clock.GetUtcNow();
        // First release the seat, then give it on: two statements in this order, so the unique seat index never sees it twice.
        // Conditional, so a double click cancels (and promotes) once.
        if (await db.Set<Registration>().Where(r => r.Id == registration.Id && r.CancelledAt == null && r.Seat == registration.Seat)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelledAt, now).SetProperty(r => r.Seat, (int?)null), ct) == 0)
            return false;
        if (registration.Seat is { } freed && session.Starts > now && session.CancelledAt is null) await PromoteAsync(session, itemTitle, freed, ct);
        await MailAsync(userId, $"Afgemeld: {itemTitle}", $"U bent afgemeld voor {itemTitle} op {When(session)}.", ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Gives a freed seat to the earliest person still waiting. If a concurrent cancellation seated that person first, or
    /// they cancelled meanwhile, the next one is tried, so nobody is skipped and no cancelled registration gets a seat.
    /// </summary>
    private async Task PromoteAsync(OfferSession session, string itemTitle, int seat, CancellationToken ct)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var next = await db.Set<Registration>().Where(r => r.SessionId == session.Id && r.Seat == null && r.CancelledAt == null)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new { r.Id, r.UserId }).FirstOrDefaultAsync(ct);
            if (next is null) return;
            if (await db.Set<Registration>().Where(r => r.Id == next.Id && r.Seat == null && r.CancelledAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Seat, (int?)seat), ct) == 1)
            {
                await MailAsync(next.UserId, $"Er is plaats: {itemTitle}",
                    $"Er kwam een plaats vrij. U bent nu ingeschreven voor {itemTitle} op {When(session)}, {session.Place}.{Link(session)}\n\nZet het in uw agenda: {links.To($"/aanbod/sessies/{session.Id}.ics")}", ct);
                return;
            }
        }
    }

    private static string Link(OfferSession session) => session.OnlineLink is { } link ? $"\nDoe online mee via {link}" : "";

    public static string When(OfferSession session)
    {
        var local = Platform.Audit.AuditText.Local(session.Starts);
        return $"{local.ToString("dddd d MMMM yyyy", Dutch)} om {local.ToString("HH:mm", Dutch)}";
    }

    private async Task MailAsync(Guid userId, string subject, string body, CancellationToken ct)
    {
        if (await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct) is { } email)
            mailer.Enqueue(email, subject, body);
    }
}
