using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Files;

/// <summary>An uploaded attachment. The bytes live in the database so every node sees them (ADR 0005).</summary>
internal sealed class StoredFile : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public byte[] Content { get; set; } = [];
    public Guid? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("Files");
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId);
    }
}
