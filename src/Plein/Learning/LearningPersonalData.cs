using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Learning.Studying;
using Plein.Platform.Accounts;

namespace Plein.Learning;

/// <summary>
/// A person's learning is theirs alone and no contribution to anyone: the export holds all of it (reflections too), and
/// erasing the account removes it, certificates included, so a code no longer confirms a name.
/// </summary>
internal sealed class LearningPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "leren";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var enrolments = await (from e in db.Set<Enrolment>()
                                join v in db.Set<CourseVersion>() on e.VersionId equals v.Id
                                where e.UserId == userId
                                select new { e.Id, Course = v.Title, Version = v.Number, e.StartedAt, e.LastActivityAt, e.CompletedAt, e.CertificateCode, e.ShareWithOrganisation })
            .AsNoTracking().ToListAsync(ct);
        var ids = enrolments.Select(e => e.Id).ToList();
        var progress = await db.Set<LessonProgress>().AsNoTracking().Where(p => ids.Contains(p.EnrolmentId)).Select(p => new { p.EnrolmentId, p.LessonId, p.CompletedAt }).ToListAsync(ct);
        var checks = await db.Set<CheckAttempt>().AsNoTracking().Where(a => ids.Contains(a.EnrolmentId)).Select(a => new { a.EnrolmentId, a.LessonId, a.Answers, a.Score, a.Passed, a.At }).ToListAsync(ct);
        var reflections = await db.Set<Reflection>().AsNoTracking().Where(r => ids.Contains(r.EnrolmentId)).Select(r => new { r.EnrolmentId, r.LessonId, r.Text, r.UpdatedAt }).ToListAsync(ct);
        return new { enrolments, progress, checks, reflections };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var mine = db.Set<Enrolment>().Where(e => e.UserId == userId).Select(e => e.Id);
        await db.Set<Reflection>().Where(r => mine.Contains(r.EnrolmentId)).ExecuteDeleteAsync(ct);
        await db.Set<CheckAttempt>().Where(a => mine.Contains(a.EnrolmentId)).ExecuteDeleteAsync(ct);
        await db.Set<LessonProgress>().Where(p => mine.Contains(p.EnrolmentId)).ExecuteDeleteAsync(ct);
        await db.Set<Enrolment>().Where(e => e.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
