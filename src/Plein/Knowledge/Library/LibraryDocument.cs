using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Knowledge.Communities;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Library;

internal enum DocumentKind { Handreiking, Voorbeeld, Onderzoek, Presentatie, Overig }

/// <summary>A guide or document shared in a community: an uploaded file or a link to where it is published.</summary>
internal sealed class LibraryDocument
{
    public Guid Id { get; set; }
    public Guid CommunityId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DocumentKind Kind { get; set; }
    public Guid? FileId { get; set; }
    public string? Link { get; set; }
    public Guid AddedBy { get; set; }
    public string Affiliation { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
}

internal sealed class LibraryDocumentConfiguration : IEntityTypeConfiguration<LibraryDocument>
{
    public void Configure(EntityTypeBuilder<LibraryDocument> b)
    {
        b.ToTable("LibraryDocuments");
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Description).HasMaxLength(1000);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Link).HasMaxLength(500);
        b.Property(d => d.Affiliation).HasMaxLength(300);
        b.HasIndex(d => new { d.CommunityId, d.AddedAt });
        b.HasOne<Community>().WithMany().HasForeignKey(d => d.CommunityId);
        b.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(d => d.FileId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(d => d.AddedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
