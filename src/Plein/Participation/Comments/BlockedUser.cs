using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Comments;

/// <summary>A person a moderator has blocked from taking part (proposing, supporting, commenting) in this organisation.</summary>
internal sealed class BlockedUser : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset BlockedAt { get; set; }
}

internal sealed class BlockedUserConfiguration : IEntityTypeConfiguration<BlockedUser>
{
    public void Configure(EntityTypeBuilder<BlockedUser> b)
    {
        b.ToTable("BlockedUsers");
        b.Property(x => x.Reason).HasMaxLength(300);
        b.HasIndex(x => new { x.OrganisationId, x.UserId }).IsUnique();
        b.HasOne<PleinUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
