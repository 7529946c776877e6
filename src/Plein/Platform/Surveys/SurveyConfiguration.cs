using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> b)
    {
        b.ToTable("Surveys");
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Intro).HasMaxLength(5_000);
        b.Property(s => s.ParentTitle).HasMaxLength(200);
        b.Property(s => s.ParentPath).HasMaxLength(300);
        b.Property(s => s.AnswerLevel).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Definition).AsJson();
        b.HasIndex(s => s.ParentId);
        b.HasOne<Verification.Census.CensusArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("SurveyResponses");
        b.Property(r => r.ResumeTokenHash).HasMaxLength(64);
        // Linked responses: one per person. Anonymous responses have no UserId, and NULLs never collide.
        b.HasIndex(r => new { r.SurveyId, r.UserId }).IsUnique();
        b.HasIndex(r => r.ResumeTokenHash).IsUnique();
        b.HasIndex(r => new { r.SurveyId, r.SubmittedAt });
        b.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> b)
    {
        b.ToTable("SurveyAnswers");
        b.Property(a => a.QuestionKey).HasMaxLength(10);
        b.Property(a => a.Value).HasMaxLength(5_000);
        b.HasIndex(a => a.ResponseId);
        // Ends in the id, so "the latest answers to a question" walks it backwards and stops (SQLite's indexes end in the
        // rowid by themselves; PostgreSQL sorted every answer to an open question: 29 ms each at 100,000 responses).
        b.HasIndex(a => new { a.SurveyId, a.QuestionKey, a.Row, a.Id });
        b.HasOne<SurveyResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyTallyConfiguration : IEntityTypeConfiguration<SurveyTally>
{
    public void Configure(EntityTypeBuilder<SurveyTally> b)
    {
        b.ToTable("SurveyTallies");
        b.HasKey(t => new { t.SurveyId, t.QuestionKey, t.Row, t.Value });
        b.Property(t => t.QuestionKey).HasMaxLength(10);
        b.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyParticipantConfiguration : IEntityTypeConfiguration<SurveyParticipant>
{
    public void Configure(EntityTypeBuilder<SurveyParticipant> b)
    {
        b.ToTable("SurveyParticipants");
        b.HasIndex(p => new { p.SurveyId, p.UserId }).IsUnique();
        b.HasOne<Survey>().WithMany().HasForeignKey(p => p.SurveyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
