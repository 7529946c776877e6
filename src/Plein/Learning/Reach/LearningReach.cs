using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Contracts;
using Plein.Learning.Courses;
using Plein.Learning.Studying;

namespace Plein.Learning.Reach;

/// <summary>
/// Per course over a period: enrolments started, courses completed, the average knowledge-check score of the attempts
/// made, and the distinct organisations of the people who enrolled or completed. Counts only, never names.
/// </summary>
internal sealed class LearningReach(PleinDb db) : ILearningReach
{
    public async Task<IReadOnlyList<CourseReach>> PerCourseAsync(DateOnly from, DateOnly until, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(until.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var enrolments = await db.Set<Enrolment>().AsNoTracking()
            .Where(e => (e.StartedAt >= start && e.StartedAt < end) || (e.CompletedAt >= start && e.CompletedAt < end))
            .Select(e => new { e.Id, e.CourseId, e.OrganisationId, e.StartedAt, e.CompletedAt }).ToListAsync(ct);
        var scores = await (from a in db.Set<CheckAttempt>()
                            join e in db.Set<Enrolment>() on a.EnrolmentId equals e.Id
                            where a.At >= start && a.At < end
                            select new { e.CourseId, a.Score }).AsNoTracking().ToListAsync(ct);
        var titles = (await db.Set<CourseVersion>().AsNoTracking().Where(v => v.PublishedAt != null).Select(v => new { v.CourseId, v.Number, v.Title }).ToListAsync(ct))
            .GroupBy(v => v.CourseId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Title);
        var courses = await db.Set<Course>().AsNoTracking().ToListAsync(ct);
        return [.. courses.Where(c => titles.ContainsKey(c.Id)).Select(c =>
        {
            var mine = enrolments.Where(e => e.CourseId == c.Id).ToList();
            var checks = scores.Where(s => s.CourseId == c.Id).Select(s => (double)s.Score).ToList();
            return new CourseReach(c.Slug, titles[c.Id],
                mine.Count(e => e.StartedAt >= start && e.StartedAt < end),
                mine.Count(e => e.CompletedAt >= start && e.CompletedAt < end),
                checks.Count == 0 ? null : checks.Average(),
                mine.Where(e => e.OrganisationId is not null).Select(e => e.OrganisationId).Distinct().Count());
        }).OrderByDescending(r => r.Enrolments).ThenBy(r => r.Title, StringComparer.Ordinal)];
    }
}
