using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Challenges;

internal sealed class ChallengeRulesConfiguration : IEntityTypeConfiguration<ChallengeRules>
{
    public void Configure(EntityTypeBuilder<ChallengeRules> b)
    {
        b.ToTable("ChallengeRules");
        b.HasIndex(r => r.OrganisationId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
        b.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.AgreementForm).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Domains).AsJson();
        b.Property(r => r.Excluded).AsJson();
        b.Property(r => r.RequiredItems).AsJson();
        b.Property(r => r.Notes).HasMaxLength(4000);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>, IEntityTypeConfiguration<ChallengeEvent>,
    IEntityTypeConfiguration<ChallengeAttachment>, IEntityTypeConfiguration<ChallengeAssessment>
{
    public void Configure(EntityTypeBuilder<Challenge> b)
    {
        b.ToTable("Challenges");
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId);
        b.HasOne<Platform.Accounts.PleinUser>().WithMany().HasForeignKey(c => c.ChallengerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.LegalForm).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Reference).HasMaxLength(20);
        b.Property(c => c.KvkNumber).HasMaxLength(8);
        b.Property(c => c.GroupName).HasMaxLength(150);
        b.Property(c => c.Domain).HasMaxLength(100);
        b.Property(c => c.Task).HasMaxLength(200);
        foreach (var text in new[] { nameof(Challenge.HowBetter), nameof(Challenge.Involvement), nameof(Challenge.SupportEvidence), nameof(Challenge.SupportWanted), nameof(Challenge.Continuity), nameof(Challenge.DecisionReasons) })
            b.Property(text).HasMaxLength(5000);
        b.Property(c => c.CostEstimate).HasPrecision(12, 2);
        b.Property(c => c.CurrentCost).HasPrecision(12, 2);
        b.HasIndex(c => new { c.OrganisationId, c.Reference }).IsUnique();
        b.HasIndex(c => new { c.OrganisationId, c.State, c.DecisionDue });
        b.HasIndex(c => c.ChallengerId);
        // Every step sets UpdatedAt: two people acting on the same request at once cannot both win (ADR 0021).
        b.Property(c => c.UpdatedAt).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ChallengeEvent> b)
    {
        b.ToTable("ChallengeEvents");
        b.Property(e => e.Kind).HasMaxLength(40);
        b.Property(e => e.Text).HasMaxLength(5000);
        b.HasOne<Challenge>().WithMany().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.ChallengeId, e.At });
    }

    public void Configure(EntityTypeBuilder<ChallengeAttachment> b)
    {
        b.ToTable("ChallengeAttachments");
        b.Property(a => a.FileName).HasMaxLength(255);
        b.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(a => a.FileId);
    }

    public void Configure(EntityTypeBuilder<ChallengeAssessment> b)
    {
        b.ToTable("ChallengeAssessments");
        b.Property(a => a.Criterion).HasMaxLength(40);
        b.Property(a => a.Note).HasMaxLength(4000);
        b.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.ChallengeId, a.Criterion }).IsUnique();
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agree.Agreement>, IEntityTypeConfiguration<Agree.ProgressReport>
{
    public void Configure(EntityTypeBuilder<Agree.Agreement> b)
    {
        b.ToTable("ChallengeAgreements");
        b.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.ChallengeId).IsUnique();
        b.Property(a => a.Form).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Tasks).AsJson();
        b.Property(a => a.Indicators).AsJson();
        b.Property(a => a.BudgetPerYear).HasPrecision(12, 2);
        b.Property(a => a.Lessons).HasMaxLength(5000);
        b.Property(a => a.ResultSummary).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<Agree.ProgressReport> b)
    {
        b.ToTable("ChallengeReports");
        b.HasOne<Challenge>().WithMany().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Period).HasMaxLength(100);
        b.Property(r => r.Done).HasMaxLength(5000);
        b.Property(r => r.IndicatorValues).AsJson();
        b.Property(r => r.Spent).HasPrecision(12, 2);
        b.HasIndex(r => new { r.ChallengeId, r.SubmittedAt });
    }
}
