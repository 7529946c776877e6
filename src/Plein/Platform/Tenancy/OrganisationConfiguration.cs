using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plein.Platform.Tenancy;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Slug).HasMaxLength(80);
        b.Property(o => o.Code).HasMaxLength(16);
        b.Property(o => o.Province).HasMaxLength(60);
        b.HasIndex(o => o.Slug).IsUnique();
        b.HasIndex(o => o.Code).IsUnique();
        b.OwnsOne(o => o.Theme, t =>
        {
            t.Property(x => x.PrimaryColor).HasMaxLength(7);
            t.Property(x => x.AccentColor).HasMaxLength(7);
            t.Property(x => x.LogoFileId).HasMaxLength(64);
        });
        b.OwnsOne(o => o.Settings, s =>
        {
            s.Property(x => x.ContactEmail).HasMaxLength(200);
            s.Property(x => x.Website).HasMaxLength(300);
        });
    }
}

internal sealed class OrganisationEventConfiguration : IEntityTypeConfiguration<OrganisationEvent>
{
    public void Configure(EntityTypeBuilder<OrganisationEvent> b)
    {
        b.Property(e => e.Kind).HasMaxLength(32);
        b.Property(e => e.Description).HasMaxLength(500);
        b.HasIndex(e => e.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId);
    }
}
