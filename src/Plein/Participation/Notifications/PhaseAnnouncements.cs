using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Platform.Jobs;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Notifications;

/// <summary>A phase that began and was announced to followers: unique per phase, so every node sends it only once.</summary>
internal sealed class PhaseAnnouncement : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid PhaseId { get; set; }
    public DateTimeOffset AnnouncedAt { get; set; }
}

internal sealed class PhaseAnnouncementConfiguration : IEntityTypeConfiguration<PhaseAnnouncement>
{
    public void Configure(EntityTypeBuilder<PhaseAnnouncement> b)
    {
        b.ToTable("PhaseAnnouncements");
        b.HasIndex(a => a.PhaseId).IsUnique();
    }
}

/// <summary>
/// Every quarter of an hour: phases that began in the last week and were not announced yet get a mail to everyone
/// following a proposal in the process ("nieuwe fase"). The announcement row and the mails are one transaction.
/// </summary>
internal sealed class PhaseAnnouncer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PhaseAnnouncer> log)
    : PeriodicService(clock, log, Interval, "Announcing new phases")
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    /// <summary>Announces what is due; returns how many phases were announced.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        var today = Organisation.Today;
        var weekAgo = today.AddDays(-7);
        List<(Guid OrganisationId, Guid ProcessId, Guid PhaseId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            // A job across organisations: national by design; each announcement then runs inside its own organisation.
            var open = await db.National<Process>().AsNoTracking().Where(p => p.Published)
                .SelectMany(p => p.Phases.Where(f => f.Starts <= today && f.Starts >= weekAgo && f.Ends >= today), (p, f) => new { p.OrganisationId, ProcessId = p.Id, PhaseId = f.Id })
                .ToListAsync(ct);
            var ids = open.Select(o => o.PhaseId).ToList();
            var done = await db.National<PhaseAnnouncement>().Where(a => ids.Contains(a.PhaseId)).Select(a => a.PhaseId).ToListAsync(ct);
            due = open.Where(o => !done.Contains(o.PhaseId)).Select(o => (o.OrganisationId, o.ProcessId, o.PhaseId)).ToList();
        }
        var announced = 0;
        foreach (var (organisationId, processId, phaseId) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisationId, ct);
            var process = await db.Set<Process>().AsNoTracking().FirstAsync(p => p.Id == processId, ct);
            db.Add(new PhaseAnnouncement { Id = Guid.NewGuid(), PhaseId = phaseId, AnnouncedAt = Clock.GetUtcNow() });
            await scope.ServiceProvider.GetRequiredService<Notifier>().PhaseStartedAsync(process, process.Phases.First(f => f.Id == phaseId), ct);
            try
            {
                await db.SaveChangesAsync(ct);
                announced++;
            }
            catch (DbUpdateException)
            {
                // Another node announced it first.
            }
        }
        return announced;
    }
}
