using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Knowledge.Communities;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Bottlenecks;

internal enum BottleneckStatus { Nieuw, Opgepakt, Afgerond }

/// <summary>A knelpunt a council runs into, tagged; others mark it "herkenbaar" and the programme answers.</summary>
internal sealed class Bottleneck
{
    public Guid Id { get; set; }
    public Guid CommunityId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public Guid ReportedBy { get; set; }
    public Guid? OrganisationId { get; set; }
    public string Affiliation { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public BottleneckStatus Status { get; set; }
    public string? Response { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public DateTimeOffset? HiddenAt { get; set; }
}

/// <summary>One person recognises a knelpunt, once; the organisation is kept to count how many councils run into it.</summary>
internal sealed class Recognition
{
    public Guid Id { get; set; }
    public Guid BottleneckId { get; set; }
    public Guid UserId { get; set; }
    public Guid? OrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class BottleneckConfiguration : IEntityTypeConfiguration<Bottleneck>
{
    public void Configure(EntityTypeBuilder<Bottleneck> b)
    {
        b.ToTable("Bottlenecks");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        // Room for 5 labels of 30 characters even when every character is written as \uXXXX in the JSON.
        b.Property(x => x.Tags).AsJson().HasMaxLength(2000);
        b.Property(x => x.Affiliation).HasMaxLength(300);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Response).HasMaxLength(4000);
        b.HasIndex(x => new { x.CommunityId, x.CreatedAt });
        b.HasOne<Community>().WithMany().HasForeignKey(x => x.CommunityId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(x => x.ReportedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecognitionConfiguration : IEntityTypeConfiguration<Recognition>
{
    public void Configure(EntityTypeBuilder<Recognition> b)
    {
        b.ToTable("BottleneckRecognitions");
        b.HasIndex(r => new { r.BottleneckId, r.UserId }).IsUnique();
        b.HasOne<Bottleneck>().WithMany().HasForeignKey(r => r.BottleneckId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
