using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Audit;

/// <summary>One decision or security event. Append-only: PleinDb refuses updates and deletes.</summary>
internal sealed class AuditEntry : ITenantOwned
{
    private AuditEntry() { }

    public long Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public string Action { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string? Details { get; private set; }

    public static AuditEntry Create(Guid organisationId, DateTimeOffset at, Guid? actor, string action, string subject, string? details) =>
        new() { OrganisationId = organisationId, At = at, ActorUserId = actor, Action = action, Subject = subject, Details = details };

    public static void RejectChanges(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasMaxLength(80);
        b.Property(a => a.Subject).HasMaxLength(300);
        b.Property(a => a.Details).HasMaxLength(4000);
        b.HasIndex(a => new { a.OrganisationId, a.At });
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
    }
}
