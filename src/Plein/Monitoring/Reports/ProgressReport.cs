using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;

namespace Plein.Monitoring.Reports;

internal enum ReportState { Concept, TerGoedkeuring, Goedgekeurd }

/// <summary>
/// A voortgangsrapportage over a period. Its text and figures live in numbered versions; once approved by a second
/// staff member, it is final. National: the programme's own document.
/// </summary>
internal sealed class ProgressReport
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly Until { get; set; }
    public ReportState State { get; set; }
    public int Version { get; set; }
    public Guid? SubmittedBy { get; set; }
    public Guid? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The narrative per section as staff wrote it, and the figures as they were when this version was saved.</summary>
internal sealed class ReportVersion
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public int Number { get; set; }
    public Sections Sections { get; set; } = new();
    public FigureSnapshot Figures { get; set; } = new();
    public Guid SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

internal sealed class Sections : Dictionary<string, string>;

/// <summary>Every KPI's definition and value over the report's period at the moment of saving: an approved report never changes.</summary>
internal sealed class FigureSnapshot : List<FigureSnapshot.Item>
{
    internal sealed record Item(string Key, string Name, string Priority, string Unit, string Description, bool Cumulative, bool Computed, decimal? Value,
        decimal? Baseline, DateOnly? BaselineOn, decimal? Target, DateOnly? TargetOn, string? Evidence);
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>, IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("MonitoringReports");
        b.Property(r => r.Title).HasMaxLength(200);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.UpdatedAt).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ReportVersion> b)
    {
        b.ToTable("MonitoringReportVersions");
        b.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        b.Property(v => v.Sections).AsJson();
        b.Property(v => v.Figures).AsJson();
        b.HasOne<ProgressReport>().WithMany().HasForeignKey(v => v.ReportId);
    }
}
