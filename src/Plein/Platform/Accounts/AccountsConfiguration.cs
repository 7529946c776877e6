using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts;

internal sealed class PleinUserConfiguration : IEntityTypeConfiguration<PleinUser>
{
    public void Configure(EntityTypeBuilder<PleinUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.Property(u => u.PreferredLanguage).HasMaxLength(5);
        b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(m => new { m.OrganisationId, m.UserId, m.Role }).IsUnique();
        b.HasIndex(m => m.UserId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExternalIdentityConfiguration : IEntityTypeConfiguration<ExternalIdentity>
{
    public void Configure(EntityTypeBuilder<ExternalIdentity> b)
    {
        b.Property(e => e.Issuer).HasMaxLength(300);
        b.Property(e => e.Subject).HasMaxLength(200);
        b.Property(e => e.BsnPseudonym).HasMaxLength(64);
        b.Property(e => e.Level).HasMaxLength(20);
        b.HasIndex(e => new { e.OrganisationId, e.Issuer, e.Subject }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
