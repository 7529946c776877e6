using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Platform.Audit;
using Plein.Support.Contracts;

namespace Plein.Learning.Authoring;

/// <summary>Staff work on a course's one draft; publishing freezes it as the next version and lists it in the offer.</summary>
internal sealed class CourseDrafts(PleinDb db, AuditLog audit, IDigitalTrainingOffer offer, TimeProvider clock)
{
    /// <param name="Draft">Tracked, so a page changes it and saves.</param>
    internal sealed record Work(Course Course, CourseVersion? Draft, CourseVersion? Published);

    public async Task<Work?> FindAsync(string slug, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (course is null) return null;
        var draft = await db.Set<CourseVersion>().FirstOrDefaultAsync(v => v.CourseId == course.Id && v.PublishedAt == null, ct);
        var published = await db.Set<CourseVersion>().AsNoTracking().Where(v => v.CourseId == course.Id && v.PublishedAt != null).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return new(course, draft, published);
    }

    public async Task<Course> CreateAsync(string slug, string title, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var course = new Course { Id = Guid.NewGuid(), Slug = slug, CreatedAt = now };
        db.Add(course);
        db.Add(new CourseVersion { Id = Guid.NewGuid(), CourseId = course.Id, Number = 1, Title = title, CreatedAt = now, EstimatedMinutes = 30 });
        await db.SaveChangesAsync(ct);
        return course;
    }

    public async Task StartDraftAsync(Work work, CancellationToken ct)
    {
        if (work.Draft is not null || work.Published is null) return;
        db.Add(work.Published.NextDraft(clock.GetUtcNow()));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
    }

    public async Task PublishAsync(Work work, Guid by, CancellationToken ct)
    {
        var draft = work.Draft!;
        draft.PublishedAt = clock.GetUtcNow();
        draft.PublishedBy = by;
        await audit.RecordNationalAsync("leren.versie-gepubliceerd", $"{draft.Title} (versie {draft.Number})", $"{draft.Content.Lessons.Count} lessen", ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await offer.PublishAsync(new DigitalTraining(work.Course.Slug, draft.Title, draft.Summary, draft.TargetGroups, draft.Areas), ct);
        await transaction.CommitAsync(ct);
    }

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
