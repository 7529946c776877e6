using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Requests;

internal enum AreaRequestState { Ingediend, InBehandeling, Toegezegd, Afgerond, Afgewezen }

/// <summary>Demand-driven support: an organisation in the area asks the programme for help with its own question.</summary>
internal sealed class AreaSupportRequest : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AreaId { get; set; }
    public string Subject { get; set; } = "";
    public string Question { get; set; } = "";
    public string WantedBy { get; set; } = "";
    public Guid RequestedBy { get; set; }
    public AreaRequestState State { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpen => State is AreaRequestState.Ingediend or AreaRequestState.InBehandeling or AreaRequestState.Toegezegd;

    public static string Describe(AreaRequestState state) => state switch
    {
        AreaRequestState.Ingediend => "ingediend",
        AreaRequestState.InBehandeling => "in behandeling",
        AreaRequestState.Toegezegd => "toegezegd",
        AreaRequestState.Afgerond => "afgerond",
        _ => "afgewezen",
    };
}

internal sealed class AreaSupportRequestConfiguration : IEntityTypeConfiguration<AreaSupportRequest>
{
    public void Configure(EntityTypeBuilder<AreaSupportRequest> b)
    {
        b.ToTable("AreaSupportRequests");
        b.Property(r => r.Subject).HasMaxLength(200);
        b.Property(r => r.Question).HasMaxLength(4000);
        b.Property(r => r.WantedBy).HasMaxLength(200);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Message).HasMaxLength(4000);
        b.Property(r => r.UpdatedAt).IsConcurrencyToken();
        b.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
    }
}
