using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plein.Monitoring.Kpis;

/// <summary>
/// A programme KPI: what it measures, for which priority or aandachtsgebied, against which baseline (nulmeting) and
/// target. <see cref="Figure"/> names the module figure it is computed from; without one, staff enter measurements
/// with their evidence. National: the programme's own, not an organisation's.
/// </summary>
internal sealed class Kpi
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>"A" to "E" for the five priorities, or "Aanbod" for the general offer.</summary>
    public string Priority { get; set; } = "";
    /// <summary>The aandachtsgebied 1-7 it serves most, if one.</summary>
    public int? Area { get; set; }
    public string Unit { get; set; } = "";
    public string? Figure { get; set; }
    /// <summary>A state at a moment (organisations with the uitdaagrecht open), rather than a count per year.</summary>
    public bool Cumulative { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineOn { get; set; }
    public decimal? Target { get; set; }
    public DateOnly? TargetOn { get; set; }
    public int Order { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool Computed => Figure is not null;
}

/// <summary>A value staff entered for a KPI without a figure, on a date, with the evidence it rests on.</summary>
internal sealed class KpiMeasurement
{
    public Guid Id { get; set; }
    public Guid KpiId { get; set; }
    public DateOnly On { get; set; }
    public decimal Value { get; set; }
    public string Evidence { get; set; } = "";
    public Guid EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
}

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>, IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<Kpi> b)
    {
        b.ToTable("MonitoringKpis");
        b.HasIndex(k => k.Key).IsUnique();
        b.Property(k => k.Key).HasMaxLength(60);
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Description).HasMaxLength(2000);
        b.Property(k => k.Priority).HasMaxLength(10);
        b.Property(k => k.Unit).HasMaxLength(60);
        b.Property(k => k.Figure).HasMaxLength(60);
        b.Property(k => k.Baseline).HasPrecision(14, 2);
        b.Property(k => k.Target).HasPrecision(14, 2);
        b.Property(k => k.UpdatedAt).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<KpiMeasurement> b)
    {
        b.ToTable("MonitoringMeasurements");
        b.Property(m => m.Value).HasPrecision(14, 2);
        b.Property(m => m.Evidence).HasMaxLength(2000);
        b.HasIndex(m => new { m.KpiId, m.On });
        b.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId);
    }
}
