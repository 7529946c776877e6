using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Privacy;

/// <summary>
/// A kind of personal data with a term after which it goes (or loses its link to a person). The module that stores it
/// declares the rule and does the purging; the organisation's beheerder sets the term in months.
/// </summary>
internal interface IRetentionRule
{
    /// <summary>Stable key, stored with the organisation's setting.</summary>
    string Key { get; }
    /// <summary>Dutch resource key: what is purged, e.g. "Meldingen van reacties".</summary>
    string Title { get; }
    /// <summary>Dutch resource key: from when the term counts and what happens then.</summary>
    string Explanation { get; }
    int DefaultMonths { get; }
    int MinMonths { get; }
    int MaxMonths { get; }

    /// <summary>Purges the organisation's data that passed <paramref name="cutoff"/>; returns how many rows changed. Idempotent.</summary>
    Task<int> PurgeAsync(Guid organisationId, DateTimeOffset cutoff, CancellationToken ct);
}

/// <summary>An organisation's own term for one rule; without a row the rule's default applies.</summary>
internal sealed class RetentionSetting : ITenantOwned
{
    public Guid OrganisationId { get; set; }
    public string Key { get; set; } = "";
    public int Months { get; set; }
}

/// <summary>One purge per day across all nodes: the node that inserts the day's row does it.</summary>
internal sealed class RetentionRun
{
    public DateOnly Day { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Purged { get; set; }
}

internal sealed class RetentionConfiguration : IEntityTypeConfiguration<RetentionSetting>, IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionSetting> b)
    {
        b.ToTable("RetentionSettings");
        b.HasKey(s => new { s.OrganisationId, s.Key });
        b.Property(s => s.Key).HasMaxLength(60);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RetentionRun> b)
    {
        b.ToTable("RetentionRuns");
        b.HasKey(r => r.Day);
    }
}
