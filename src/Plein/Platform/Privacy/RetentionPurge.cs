using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Jobs;

namespace Plein.Platform.Privacy;

/// <summary>
/// Once a day, applies every organisation's retention terms (ADR 0035). Nodes look every hour; the first to insert the
/// day's <see cref="RetentionRun"/> does the work, the others find the row and skip. Each rule is idempotent, so a day a
/// node died half-way is made good the next day. What was purged goes in the organisation's audit log with its counts.
/// </summary>
internal sealed class RetentionPurge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionPurge> log, IConfiguration? config = null)
    : PeriodicService(clock, log, TimeSpan.FromHours(1), "Applying retention terms")
{
    public const string AuditAction = "bewaartermijnen toegepast";

    /// <summary>Retention:FirstRunDelay (default two minutes): a day's purge reads every organisation, not during start-up.</summary>
    protected override TimeSpan FirstRunDelay => config?.GetValue<TimeSpan?>("Retention:FirstRunDelay") ?? TimeSpan.FromMinutes(2);

    public override async Task<int> RunAsync(CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, "Europe/Amsterdam").DateTime);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        if (!await ClaimAsync(db, day, now, ct)) return 0;
        var rules = scope.ServiceProvider.GetServices<IRetentionRule>().ToList();
        // Every organisation's terms and rows: national by design, each purge is limited to one organisation.
        var settings = await db.National<RetentionSetting>().AsNoTracking().ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Select(o => o.Id).ToListAsync(ct);
        var total = 0;
        foreach (var organisation in organisations)
        {
            var counts = new List<string>();
            foreach (var rule in rules)
            {
                var months = settings.FirstOrDefault(s => s.OrganisationId == organisation && s.Key == rule.Key)?.Months ?? rule.DefaultMonths;
                var purged = await rule.PurgeAsync(organisation, now.AddMonths(-months), ct);
                if (purged > 0) counts.Add(string.Create(CultureInfo.InvariantCulture, $"{rule.Key}: {purged}"));
                total += purged;
            }
            if (counts.Count == 0) continue;
            db.AuditEntries.Add(AuditEntry.Create(organisation, now, null, AuditAction, string.Join(", ", counts), null));
            await db.SaveChangesAsync(ct);
        }
        await db.Set<RetentionRun>().Where(r => r.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, Clock.GetUtcNow()).SetProperty(r => r.Purged, total), ct);
        log.LogInformation("Retention terms applied for {Day}: {Count} rows", day, total);
        return total;
    }

    /// <summary>True when this node inserted the day's row; false when another node already did.</summary>
    private static async Task<bool> ClaimAsync(PleinDb db, DateOnly day, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Set<RetentionRun>().AnyAsync(r => r.Day == day, ct)) return false;
        db.Set<RetentionRun>().Add(new RetentionRun { Day = day, StartedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
