using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Grants;

internal enum GrantPurpose { Raadsconferentie, Raadsvergaderingen, Griffieondersteuning, Participatie, Anders }

internal enum GrantState { Toegekend, Verantwoord, Vastgesteld }

/// <summary>
/// Money for a council in the area, for a purpose such as a council conference or extra griffie support. The
/// organisation reports what it spent; programme staff then settle (vaststellen) the grant or ask for a correction.
/// </summary>
internal sealed class Grant : ITenantOwned
{
    public const decimal MaxAmount = 1_000_000m;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AreaId { get; set; }
    public GrantPurpose Purpose { get; set; }
    public string Description { get; set; } = "";
    public decimal Amount { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateOnly ReportDue { get; set; }
    public decimal? Spent { get; set; }
    public string? Report { get; set; }
    public DateTimeOffset? ReportedAt { get; set; }
    public DateTimeOffset? SettledAt { get; set; }
    /// <summary>The programme's last remark on the report, e.g. what to correct.</summary>
    public string? Remark { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public GrantState State => SettledAt is not null ? GrantState.Vastgesteld : ReportedAt is not null ? GrantState.Verantwoord : GrantState.Toegekend;

    public static string Describe(GrantPurpose purpose) => purpose switch
    {
        GrantPurpose.Raadsconferentie => "raadsconferentie",
        GrantPurpose.Raadsvergaderingen => "raadsvergaderingen op locatie",
        GrantPurpose.Griffieondersteuning => "extra griffie-ondersteuning",
        GrantPurpose.Participatie => "(digitale) participatie",
        _ => "anders",
    };

    public static string Describe(GrantState state) => state switch
    {
        GrantState.Toegekend => "toegekend, verantwoording nog niet ingediend",
        GrantState.Verantwoord => "verantwoording ingediend",
        _ => "vastgesteld",
    };
}

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> b)
    {
        b.ToTable("AreaGrants");
        b.Property(g => g.Purpose).HasConversion<string>().HasMaxLength(30);
        b.Property(g => g.Description).HasMaxLength(1000);
        b.Property(g => g.Amount).HasPrecision(12, 2);
        b.Property(g => g.Spent).HasPrecision(12, 2);
        b.Property(g => g.Report).HasMaxLength(8000);
        b.Property(g => g.Remark).HasMaxLength(4000);
        b.Property(g => g.UpdatedAt).IsConcurrencyToken();
        b.HasOne<Area>().WithMany().HasForeignKey(g => g.AreaId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId);
    }
}
