using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> b)
    {
        b.ToTable("Processes");
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Summary).HasMaxLength(500);
        b.Property(p => p.Body).HasMaxLength(20_000);
        b.Property(p => p.Area).HasMaxLength(200);
        b.Property(p => p.CollectsSupportFor).HasMaxLength(40);
        b.Property(p => p.Outcome).HasMaxLength(20_000);
        b.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        // An area a process relies on cannot be removed from under it.
        b.HasOne<Platform.Verification.Census.CensusArea>().WithMany().HasForeignKey(p => p.CensusAreaId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(p => p.Phases, phase =>
        {
            phase.ToTable("ProcessPhases");
            phase.WithOwner().HasForeignKey("ProcessId");
            phase.HasKey(x => x.Id);
            // Set by the app, so a phase added to a loaded process is inserted, not taken for an existing row.
            phase.Property(x => x.Id).ValueGeneratedNever();
            phase.Property(x => x.Name).HasMaxLength(100);
            phase.Property(x => x.ProposeLevel).HasConversion<string>().HasMaxLength(30);
            phase.Property(x => x.SupportLevel).HasConversion<string>().HasMaxLength(30);
            phase.Property(x => x.CommentLevel).HasConversion<string>().HasMaxLength(30);
        });
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("Proposals");
        b.Property(p => p.Title).HasMaxLength(150);
        b.Property(p => p.Body).HasMaxLength(10_000);
        b.Property(p => p.Theme).HasMaxLength(60);
        b.Property(p => p.Answer).HasMaxLength(10_000);
        b.Property(p => p.Address).HasMaxLength(200);
        b.HasIndex(p => new { p.ProcessId, p.AreaId });
        b.HasOne<Platform.Verification.Census.CensusArea>().WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.SetNull);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.ProcessId, p.CreatedAt, p.Id });
        b.HasIndex(p => new { p.ProcessId, p.Id });
        // The index pages (keyset, ProposalListing) walk these indexes in order, without sorting the process's proposals.
        b.HasIndex(p => new { p.ProcessId, p.SupportCount, p.CreatedAt, p.Id });
        b.HasOne<Process>().WithMany().HasForeignKey(p => p.ProcessId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalAttachmentConfiguration : IEntityTypeConfiguration<ProposalAttachment>
{
    public void Configure(EntityTypeBuilder<ProposalAttachment> b)
    {
        b.ToTable("ProposalAttachments");
        b.HasIndex(a => new { a.ProposalId, a.Position });
        b.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(a => a.FileId);
    }
}

internal sealed class SupportConfiguration : IEntityTypeConfiguration<Support>
{
    public void Configure(EntityTypeBuilder<Support> b)
    {
        // The trigger keeps Proposals.SupportCount in step (ADR 0037); declared so EF plans its inserts for it.
        b.ToTable("Supports", t => t.HasTrigger(SupportCountTrigger.Name));
        b.HasIndex(s => new { s.ProposalId, s.UserId }).IsUnique();
        b.HasIndex(s => new { s.ProcessId, s.UserId, s.Slot }).IsUnique();
        b.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
