using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport;

/// <summary>An area groups organisations for area-based support, such as the Groningen earthquake municipalities.</summary>
internal sealed class Area
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
}

internal sealed class AreaOrganisation
{
    public Guid AreaId { get; set; }
    public Guid OrganisationId { get; set; }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.ToTable("Areas");
        b.HasIndex(a => a.Slug).IsUnique();
        b.Property(a => a.Slug).HasMaxLength(100);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Description).HasMaxLength(2000);
    }
}

internal sealed class AreaOrganisationConfiguration : IEntityTypeConfiguration<AreaOrganisation>
{
    public void Configure(EntityTypeBuilder<AreaOrganisation> b)
    {
        b.ToTable("AreaOrganisations");
        b.HasKey(a => new { a.AreaId, a.OrganisationId });
        b.HasIndex(a => a.OrganisationId);
        b.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
    }
}
