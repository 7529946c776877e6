using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Learning.Organisations;
using Plein.Learning.Studying;
using Plein.Platform;
using Plein.Platform.Accounts;

namespace Plein.Learning.Demo;

/// <summary>
/// Zwolle's raadslid is halfway and shares it; Zwolle's ambtenaar completed without sharing; Eemsdelta's griffier
/// completed and shares it. Zwolle's beheerder recommends the course.
/// </summary>
internal sealed class LearningDemo(PleinDb db, TimeProvider clock) : IDemoContent
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var course = await db.Set<Course>().SingleAsync(c => c.Slug == UitdaagrechtCourse.Slug, ct);
        var version = await db.Set<CourseVersion>().AsNoTracking().SingleAsync(v => v.CourseId == course.Id && v.Number == 1, ct);
        var people = await (from m in db.National<Membership>()
                            join u in db.Users on m.UserId equals u.Id
                            where u.Email!.EndsWith("@demo.plein.nl")
                            select new { u.Email, m.UserId, m.OrganisationId }).ToListAsync(ct);
        var by = people.ToDictionary(p => p.Email!.Split('@')[0]);
        var lessons = version.Content.Lessons;

        Enrolment Enrol(string who, int lessonsDone, bool share, int daysAgo)
        {
            var person = by[who];
            var enrolment = new Enrolment
            {
                Id = Guid.NewGuid(), UserId = person.UserId, CourseId = course.Id, VersionId = version.Id, OrganisationId = person.OrganisationId,
                StartedAt = now.AddDays(-daysAgo), LastActivityAt = now.AddDays(-1), LastLessonId = lessons[Math.Min(lessonsDone, lessons.Count - 1)].Id, ShareWithOrganisation = share,
            };
            db.Add(enrolment);
            foreach (var lesson in lessons.Take(lessonsDone))
            {
                db.Add(new LessonProgress { EnrolmentId = enrolment.Id, LessonId = lesson.Id, CompletedAt = now.AddDays(-daysAgo + 1) });
                if (lesson.Check is { } check)
                {
                    var answers = check.Questions.Select(q => q.Options.FindIndex(o => o.Correct)).ToList();
                    db.Add(new CheckAttempt { Id = Guid.NewGuid(), EnrolmentId = enrolment.Id, LessonId = lesson.Id, Answers = answers, Score = 100, Passed = true, At = now.AddDays(-daysAgo + 1) });
                }
            }
            enrolment.Finish(version.Content, [.. lessons.Take(lessonsDone).Select(l => l.Id)], now.AddDays(-daysAgo + 2));
            return enrolment;
        }

        var halfway = Enrol("raadslid.zwolle", 3, share: true, daysAgo: 6);
        db.Add(new Reflection { EnrolmentId = halfway.Id, LessonId = lessons[0].Id, UpdatedAt = now.AddDays(-5), Text = "Het maaien van de bermen langs de Nieuwe Vecht. Daar zijn bewoners al mee bezig." });
        Enrol("ambtenaar.zwolle", lessons.Count, share: false, daysAgo: 20);
        Enrol("griffier.eemsdelta", lessons.Count, share: true, daysAgo: 12);
        db.Add(new CourseRecommendation
        {
            Id = Guid.NewGuid(), OrganisationId = by["beheerder.zwolle"].OrganisationId, CourseId = course.Id, RecommendedBy = by["beheerder.zwolle"].UserId, CreatedAt = now.AddDays(-8),
            Note = "De raad bespreekt dit najaar de participatieverordening. Deze training helpt om goed voorbereid te zijn.",
        });
        await db.SaveChangesAsync(ct);
    }
}
