using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;

namespace Plein.Challenges;

/// <summary>Every step the challenger must know of goes on the timeline and, where it asks something of them, by mail.</summary>
internal sealed class ChallengeMails(PleinDb db, Mailer mailer, AccountLinks links, ITenantContext tenant, TimeProvider clock)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>Adds a line to the timeline the challenger sees.</summary>
    public void Event(Challenge challenge, string kind, string text, Guid? actor) => db.Add(new ChallengeEvent
    {
        Id = Guid.NewGuid(), ChallengeId = challenge.Id, At = clock.GetUtcNow(), Kind = kind, Text = text, ActorId = actor,
    });

    public async Task ToChallengerAsync(Challenge challenge, string subject, string body, CancellationToken ct)
    {
        var email = await db.Users.Where(u => u.Id == challenge.ChallengerId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (email is null) return;
        var organisation = tenant.RequiredOrganisation();
        mailer.Enqueue(email, $"{subject} ({challenge.Reference})",
            $"{body}\n\nBekijk uw aanvraag: {links.To($"/{organisation.Slug}/uitdaagrecht/aanvragen/{challenge.Id}")}\n\nMet vriendelijke groet,\n{organisation.Name}");
    }

    /// <summary>To the handler of the request, or to every ambtenaar of the organisation while nobody has taken it.</summary>
    public async Task ToHandlersAsync(Challenge challenge, string subject, string body, CancellationToken ct)
    {
        var organisation = tenant.RequiredOrganisation();
        // The handler while they are still an ambtenaar here; otherwise every ambtenaar. Never the challenger themself.
        var ambtenaren = from m in db.Memberships join u in db.Users on m.UserId equals u.Id
                         where m.Role == Role.Ambtenaar && u.Id != challenge.ChallengerId select new { u.Id, u.Email };
        var emails = await ambtenaren.Where(a => a.Id == challenge.HandlerId).Select(a => a.Email).ToListAsync(ct);
        if (emails.Count == 0) emails = await ambtenaren.Select(a => a.Email).ToListAsync(ct);
        foreach (var email in emails.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            mailer.Enqueue(email, $"{subject} ({challenge.Reference})",
                $"{body}\n\nOpen de aanvraag: {links.To($"/{organisation.Slug}/uitdaagrecht/behandeling/{challenge.Id}")}");
    }
}
