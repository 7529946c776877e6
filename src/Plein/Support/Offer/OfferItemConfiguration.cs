using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;

namespace Plein.Support.Offer;

internal sealed class OfferItemConfiguration : IEntityTypeConfiguration<OfferItem>
{
    public void Configure(EntityTypeBuilder<OfferItem> b)
    {
        b.ToTable("OfferItems");
        b.Property(o => o.Slug).HasMaxLength(100);
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Title).HasMaxLength(200);
        b.Property(o => o.Summary).HasMaxLength(500);
        b.Property(o => o.Body).HasMaxLength(20_000);
        b.Property(o => o.Provider).HasMaxLength(200);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.TargetGroups).AsJson();
        b.Property(o => o.Areas).AsJson();
        b.Property(o => o.Priorities).AsJson();
        b.Property(o => o.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Cost).HasMaxLength(200);
    }
}
