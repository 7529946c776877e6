using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Platform.Accounts;

namespace Plein.Learning.Studying;

/// <summary>The signed-in learner's place in a course: the version they follow, and what they have done in it.</summary>
internal sealed class Learners(PleinDb db, CurrentUser me, TimeProvider clock)
{
    /// <param name="Version">The enrolment's version, or the latest published one for someone not enrolled.</param>
    internal sealed record Place(Course Course, CourseVersion Version, CourseVersion Latest, Enrolment? Enrolment, IReadOnlySet<Guid> Done)
    {
        /// <summary>Where to carry on: the last lesson opened, or the first one not done yet.</summary>
        public Lesson Resume => (Enrolment?.LastLessonId is { } last ? Version.Content.Lesson(last) : null)
            ?? Version.Content.Lessons.FirstOrDefault(l => !Done.Contains(l.Id)) ?? Version.Content.Lessons[0];
    }

    public async Task<Place?> FindAsync(string slug, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (course is null) return null;
        var latest = await Published(course.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (latest is null) return null;
        var enrolment = me.Id is { } userId ? await db.Set<Enrolment>().FirstOrDefaultAsync(e => e.UserId == userId && e.CourseId == course.Id, ct) : null;
        if (enrolment is null) return new(course, latest, latest, null, new HashSet<Guid>());
        var version = enrolment.VersionId == latest.Id ? latest : await db.Set<CourseVersion>().AsNoTracking().SingleAsync(v => v.Id == enrolment.VersionId, ct);
        var done = await db.Set<LessonProgress>().AsNoTracking().Where(p => p.EnrolmentId == enrolment.Id).Select(p => p.LessonId).ToListAsync(ct);
        return new(course, version, latest, enrolment, done.ToHashSet());
    }

    public IQueryable<CourseVersion> Published(Guid courseId) => db.Set<CourseVersion>().AsNoTracking().Where(v => v.CourseId == courseId && v.PublishedAt != null);

    /// <summary>Starts the latest version; enrolling twice keeps the first enrolment (the unique index decides a race).</summary>
    public async Task EnrolAsync(Place place, CancellationToken ct)
    {
        if (place.Enrolment is not null) return;
        var loaded = await me.LoadAsync(ct);
        var now = clock.GetUtcNow();
        // Reach counts organisations: a working membership before a resident's one.
        var organisation = loaded.Memberships.Where(m => !Roles.IsNational(m.Role)).OrderBy(m => m.Role == Role.Inwoner).ThenBy(m => m.CreatedAt)
            .Select(m => (Guid?)m.OrganisationId).FirstOrDefault();
        db.Add(new Enrolment
        {
            Id = Guid.NewGuid(), UserId = loaded.User!.Id, CourseId = place.Course.Id, VersionId = place.Latest.Id, OrganisationId = organisation,
            StartedAt = now, LastActivityAt = now,
        });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
    }

    /// <summary>Remembers the lesson opened last, so "verder waar u was" finds it.</summary>
    public Task OpenedAsync(Enrolment enrolment, Guid lessonId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Set<Enrolment>().Where(e => e.Id == enrolment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastLessonId, lessonId).SetProperty(e => e.LastActivityAt, now), ct);
    }

    /// <summary>Marks the lesson done and completes the course when it was the last one; true when it completed.</summary>
    public async Task<bool> DoneAsync(Place place, Lesson lesson, CancellationToken ct)
    {
        var enrolment = place.Enrolment!;
        var now = clock.GetUtcNow();
        if (!place.Done.Contains(lesson.Id)) db.Add(new LessonProgress { EnrolmentId = enrolment.Id, LessonId = lesson.Id, CompletedAt = now });
        enrolment.LastActivityAt = now;
        var completed = enrolment.Finish(place.Version.Content, [.. place.Done, lesson.Id], now);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); return false; }
        return completed;
    }

    /// <summary>Stores the attempt; a pass also marks the lesson done. Answers were checked against the questions by the page.</summary>
    public async Task<(CheckAttempt Attempt, bool Completed)> AnswerAsync(Place place, Lesson lesson, List<int> answers, CancellationToken ct)
    {
        var score = lesson.Check!.Score(answers);
        var attempt = new CheckAttempt
        {
            Id = Guid.NewGuid(), EnrolmentId = place.Enrolment!.Id, LessonId = lesson.Id, Answers = answers, Score = score,
            Passed = lesson.Check.Passes(score), At = clock.GetUtcNow(),
        };
        db.Add(attempt);
        if (!attempt.Passed)
        {
            await db.SaveChangesAsync(ct);
            return (attempt, false);
        }
        return (attempt, await DoneAsync(place, lesson, ct));
    }

    public async Task ReflectAsync(Place place, Lesson lesson, string text, CancellationToken ct)
    {
        var enrolmentId = place.Enrolment!.Id;
        var reflection = await db.Set<Reflection>().FirstOrDefaultAsync(r => r.EnrolmentId == enrolmentId && r.LessonId == lesson.Id, ct);
        if (reflection is null) db.Add(reflection = new Reflection { EnrolmentId = enrolmentId, LessonId = lesson.Id });
        reflection.Text = text;
        reflection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task ShareAsync(Place place, bool share, CancellationToken ct)
    {
        place.Enrolment!.ShareWithOrganisation = share;
        await db.SaveChangesAsync(ct);
    }
}
