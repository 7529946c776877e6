using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Learning.Organisations;
using Plein.Learning.Studying;
using Plein.Platform.Accounts;

namespace Plein.Learning;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>, IEntityTypeConfiguration<CourseVersion>, IEntityTypeConfiguration<CourseFile>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("Courses");
        b.Property(c => c.Slug).HasMaxLength(100);
        b.HasIndex(c => c.Slug).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CourseVersion> b)
    {
        b.ToTable("CourseVersions");
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.Summary).HasMaxLength(1000);
        b.Property(v => v.TargetGroups).AsJson();
        b.Property(v => v.Areas).AsJson();
        b.Property(v => v.Content).AsJson();
        b.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
        b.HasOne<Course>().WithMany().HasForeignKey(v => v.CourseId);
        b.Ignore(v => v.IsDraft);
    }

    public void Configure(EntityTypeBuilder<CourseFile> b)
    {
        b.ToTable("CourseFiles");
        b.HasKey(f => f.FileId);
        b.HasOne<Course>().WithMany().HasForeignKey(f => f.CourseId);
        b.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(f => f.FileId);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>, IEntityTypeConfiguration<LessonProgress>, IEntityTypeConfiguration<CheckAttempt>, IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("Enrolments");
        b.HasIndex(e => new { e.UserId, e.CourseId }).IsUnique();
        b.Property(e => e.CertificateCode).HasMaxLength(20);
        b.HasIndex(e => e.CertificateCode).IsUnique();
        b.HasIndex(e => new { e.CourseId, e.StartedAt });
        b.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId);
        b.HasOne<CourseVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(e => e.UserId);
        b.Ignore(e => e.IsComplete);
    }

    public void Configure(EntityTypeBuilder<LessonProgress> b)
    {
        b.ToTable("LessonProgress");
        b.HasKey(p => new { p.EnrolmentId, p.LessonId });
        b.HasOne<Enrolment>().WithMany().HasForeignKey(p => p.EnrolmentId);
    }

    public void Configure(EntityTypeBuilder<CheckAttempt> b)
    {
        b.ToTable("CheckAttempts");
        b.Property(a => a.Answers).AsJson();
        b.HasIndex(a => new { a.EnrolmentId, a.LessonId, a.At });
        b.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId);
    }

    public void Configure(EntityTypeBuilder<Reflection> b)
    {
        b.ToTable("Reflections");
        b.HasKey(r => new { r.EnrolmentId, r.LessonId });
        b.Property(r => r.Text).HasMaxLength(4000);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId);
    }
}

internal sealed class CourseRecommendationConfiguration : IEntityTypeConfiguration<CourseRecommendation>
{
    public void Configure(EntityTypeBuilder<CourseRecommendation> b)
    {
        b.ToTable("CourseRecommendations");
        b.Property(r => r.Note).HasMaxLength(500);
        b.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId);
        b.HasOne<Platform.Tenancy.Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
    }
}
