using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Jobs;
using Plein.Platform.Mail;
using Plein.Support.Offer;

namespace Plein.Support.Sessions;

/// <summary>The day before a session, everyone registered gets one reminder with the place (or the online link).</summary>
internal sealed class SessionReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SessionReminders> log)
    : PeriodicService(clock, log, TimeSpan.FromMinutes(30), "Sending session reminders")
{
    public static readonly TimeSpan Before = TimeSpan.FromHours(24);

    public override async Task<int> RunAsync(CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var soon = now + Before;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var due = await db.Set<OfferSession>().AsNoTracking().Where(s => s.CancelledAt == null && s.ReminderSentAt == null && s.Starts > now && s.Starts <= soon)
            .Select(s => s.Id).ToListAsync(ct);
        var mailer = scope.ServiceProvider.GetRequiredService<Mailer>();
        foreach (var id in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Claimed with a conditional update: two nodes never both remind; the mails commit with the claim.
            if (await db.Set<OfferSession>().Where(s => s.Id == id && s.ReminderSentAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderSentAt, now), ct) == 0) continue;
            var session = await db.Set<OfferSession>().AsNoTracking().SingleAsync(s => s.Id == id, ct);
            var title = await db.Set<OfferItem>().Where(o => o.Id == session.OfferItemId).Select(o => o.Title).SingleAsync(ct);
            var emails = await (from r in db.Set<Registration>() join u in db.Users on r.UserId equals u.Id
                                where r.SessionId == id && r.Seat != null && r.CancelledAt == null select u.Email).ToListAsync(ct);
            var where = session.OnlineLink is { } link ? $"{session.Place}. Doe mee via {link}" : session.Place;
            foreach (var email in emails.OfType<string>())
                mailer.Enqueue(email, $"Morgen: {title}", $"Tot morgen! {title} begint {Registrations.When(session)}.\n\nWaar: {where}\n\nKunt u toch niet? Meld u af, dan kan iemand van de wachtlijst komen.");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return due.Count;
    }
}
