using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Comments;

/// <summary>A comment on a proposal; a reply has a parent (two levels deep, no deeper).</summary>
internal sealed class Comment : ITenantOwned
{
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ProposalId { get; set; }
    public Guid? ParentId { get; set; }
    public Guid AuthorId { get; set; }
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    /// <summary>Deleted by its author: the text is gone, the place in the thread stays.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
    /// <summary>Hidden by a moderator, with the reason shown instead of the text.</summary>
    public DateTimeOffset? HiddenAt { get; set; }
    public string? HiddenReason { get; set; }
    public int ReportCount { get; set; }

    public bool IsVisible => DeletedAt is null && HiddenAt is null;
    public bool CanEdit(Guid? userId, DateTimeOffset now) => userId == AuthorId && IsVisible && now - CreatedAt <= EditWindow;
}

/// <summary>Someone reports a comment; once per person per comment.</summary>
internal sealed class CommentReport : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CommentId { get; set; }
    public Guid UserId { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.ToTable("Comments");
        b.Property(c => c.Body).HasMaxLength(2000);
        b.Property(c => c.HiddenReason).HasMaxLength(300);
        b.HasIndex(c => new { c.ProposalId, c.ParentId, c.CreatedAt });
        // Replies only: with every top-level comment's NULL in it, SQLite's statistics made the index look useless.
        b.HasIndex(c => new { c.ParentId, c.CreatedAt }).HasFilter("\"ParentId\" IS NOT NULL");
        b.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId);
        b.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> b)
    {
        b.ToTable("CommentReports");
        b.Property(r => r.Reason).HasMaxLength(300);
        b.HasIndex(r => new { r.CommentId, r.UserId }).IsUnique();
        b.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId);
    }
}
