using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Jobs;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Handle;

/// <summary>A week before a decision deadline, the handler (or every ambtenaar while nobody took the request) gets one reminder.</summary>
internal sealed class DeadlineReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeadlineReminders> log)
    : PeriodicService(clock, log, TimeSpan.FromHours(1), "Sending uitdaagrecht deadline reminders")
{
    public const int DaysBefore = 7;

    public override async Task<int> RunAsync(CancellationToken ct)
    {
        var soon = Organisation.Today.AddDays(DaysBefore);
        List<(Guid Organisation, Guid Challenge)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Across organisations by design; each reminder then runs inside its own organisation.
            due = (await scope.ServiceProvider.GetRequiredService<PleinDb>().National<Challenge>().AsNoTracking()
                .Where(c => c.DecisionDue != null && c.DecisionDue <= soon && c.ReminderSentAt == null && Challenge.Running.Contains(c.State))
                .Select(c => new { c.OrganisationId, c.Id }).ToListAsync(ct)).Select(c => (c.OrganisationId, c.Id)).ToList();
        }
        foreach (var (organisationId, challengeId) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisationId, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = Clock.GetUtcNow();
            // Claimed with a conditional update, so two nodes never both send; the mails commit with the claim.
            if (await db.Set<Challenge>().Where(c => c.Id == challengeId && c.ReminderSentAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.ReminderSentAt, now), ct) == 0) continue;
            var challenge = await db.Set<Challenge>().AsNoTracking().FirstAsync(c => c.Id == challengeId, ct);
            var date = ChallengeMails.Date(challenge.DecisionDue!.Value);
            var past = challenge.DecisionDue < Organisation.Today;
            await scope.ServiceProvider.GetRequiredService<ChallengeMails>().ToHandlersAsync(challenge,
                past ? "Beslistermijn verstreken" : "Beslistermijn loopt bijna af",
                past ? $"De beslistermijn van deze aanvraag is op {date} verstreken. Neem zo snel mogelijk een besluit en laat de aanvrager weten waar het blijft."
                     : $"Over een week, op {date}, moet er een besluit zijn over deze aanvraag.", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return due.Count;
    }
}
