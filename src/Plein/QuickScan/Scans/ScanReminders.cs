using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Jobs;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.QuickScan.Scans;

/// <summary>A week before an open questionnaire closes, the staff groups get one reminder (unless the trekker sent one).</summary>
internal sealed class ScanReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScanReminders> log)
    : PeriodicService(clock, log, Interval, "Sending quick scan reminders")
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public const int DaysBeforeEnd = 7;

    /// <summary>Sends what is due; returns how many scans were reminded.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        var today = Organisation.Today;
        var soon = today.AddDays(DaysBeforeEnd);
        List<(Guid Organisation, Guid Scan)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A job across organisations: national by design; each reminder then runs inside its own organisation.
            var open = await scope.ServiceProvider.GetRequiredService<PleinDb>().National<Scan>().AsNoTracking()
                .Where(s => s.State == ScanState.Open && s.ReminderSentAt == null && s.Ends != null && s.Ends <= soon && s.Ends >= today
                    && s.OpenedAt != null && s.OpenedAt < Clock.GetUtcNow().AddDays(-2)).ToListAsync(ct);
            due = [.. open.Where(s => s.InviteAddresses.Count > 0).Select(s => (s.OrganisationId, s.Id))];
        }
        foreach (var (organisationId, scanId) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisationId, ct);
            scope.ServiceProvider.GetRequiredService<TenantContext>().Organisation = organisation;
            // Claimed with a conditional update, so two nodes never both send; the mails commit with the claim.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = Clock.GetUtcNow();
            if (await db.Set<Scan>().Where(s => s.Id == scanId && s.ReminderSentAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderSentAt, now), ct) == 0) continue;
            var scan = await db.Set<Scan>().AsNoTracking().FirstAsync(s => s.Id == scanId, ct);
            var sent = scope.ServiceProvider.GetRequiredService<Invitations>().Remind(scan, organisation);
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record(organisationId, "quickscan.herinnerd", $"{sent} e-mails (automatisch)");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return due.Count;
    }
}
