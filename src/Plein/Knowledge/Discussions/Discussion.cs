using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Knowledge.Communities;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Discussions;

/// <summary>A conversation in a community: an opening question or story, then replies in order.</summary>
internal sealed class Discussion
{
    public Guid Id { get; set; }
    public Guid CommunityId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid AuthorId { get; set; }
    /// <summary>Role and organisation when it was written, e.g. "Raadslid, Zwolle".</summary>
    public string Affiliation { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastPostAt { get; set; }
    public int ReplyCount { get; set; }
    /// <summary>Hidden by a moderator, with the reason shown instead of the text.</summary>
    public DateTimeOffset? HiddenAt { get; set; }
    public string? HiddenReason { get; set; }
}

/// <summary>A reply in a discussion. Its author can delete it; a moderator can hide it with a reason.</summary>
internal sealed class Post
{
    public Guid Id { get; set; }
    public Guid DiscussionId { get; set; }
    public Guid AuthorId { get; set; }
    public string Affiliation { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public DateTimeOffset? HiddenAt { get; set; }
    public string? HiddenReason { get; set; }

    public bool IsVisible => DeletedAt is null && HiddenAt is null;
}

internal sealed class DiscussionConfiguration : IEntityTypeConfiguration<Discussion>
{
    public void Configure(EntityTypeBuilder<Discussion> b)
    {
        b.ToTable("Discussions");
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Body).HasMaxLength(8000);
        b.Property(d => d.Affiliation).HasMaxLength(300);
        b.Property(d => d.HiddenReason).HasMaxLength(300);
        b.HasIndex(d => new { d.CommunityId, d.LastPostAt });
        b.HasOne<Community>().WithMany().HasForeignKey(d => d.CommunityId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(d => d.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.ToTable("DiscussionPosts");
        b.Property(p => p.Body).HasMaxLength(8000);
        b.Property(p => p.Affiliation).HasMaxLength(300);
        b.Property(p => p.HiddenReason).HasMaxLength(300);
        b.HasIndex(p => new { p.DiscussionId, p.CreatedAt });
        b.HasIndex(p => new { p.AuthorId, p.CreatedAt });
        b.HasOne<Discussion>().WithMany().HasForeignKey(p => p.DiscussionId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
