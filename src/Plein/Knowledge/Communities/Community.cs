using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plein.Knowledge.Communities;

/// <summary>A community around one theme of the energy transition, shared by every organisation (not a tenant's row).</summary>
internal sealed class Community
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public int Order { get; set; }
}

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> b)
    {
        b.ToTable("Communities");
        b.HasIndex(c => c.Slug).IsUnique();
        b.Property(c => c.Slug).HasMaxLength(100);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Summary).HasMaxLength(1000);
    }
}
