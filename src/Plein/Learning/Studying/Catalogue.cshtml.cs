using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Learning.Organisations;
using Plein.Platform.Accounts;

namespace Plein.Learning.Studying;

/// <summary>The digital trainings, the learner's own with their progress, and those their organisations recommend.</summary>
internal sealed class CatalogueModel(PleinDb db, CurrentUser me) : PageModel
{
    internal sealed record Mine(string Slug, string Title, int Done, int Lessons, DateTimeOffset? CompletedAt);
    internal sealed record Recommended(string Slug, string Title, string Organisation, string Note);

    public IReadOnlyList<CourseVersion> Courses { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Slugs { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<Mine> MyCourses { get; private set; } = [];
    public IReadOnlyList<Recommended> Recommendations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var published = await db.Set<CourseVersion>().AsNoTracking().Where(v => v.PublishedAt != null).ToListAsync(ct);
        Courses = [.. CourseVersion.LatestOfEach(published).OrderBy(v => v.Title, StringComparer.CurrentCulture)];
        Slugs = await db.Set<Course>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return;
        var enrolments = await db.Set<Enrolment>().AsNoTracking().Where(e => e.UserId == loaded.User.Id).ToListAsync(ct);
        var ids = enrolments.Select(e => e.Id).ToList();
        var done = await db.Set<LessonProgress>().AsNoTracking().Where(p => ids.Contains(p.EnrolmentId)).GroupBy(p => p.EnrolmentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        MyCourses = [.. enrolments.Select(e =>
        {
            var version = published.Single(v => v.Id == e.VersionId);
            return new Mine(Slugs[e.CourseId], version.Title, done.GetValueOrDefault(e.Id), version.Content.Lessons.Count, e.CompletedAt);
        })];
        // Recommendations of the person's own organisations: a read across them, for this person only.
        var organisations = loaded.Memberships.Select(m => m.OrganisationId).Distinct().ToList();
        var enrolled = enrolments.Select(e => e.CourseId).ToHashSet();
        var recommendations = await (from r in db.National<CourseRecommendation>()
                                     join o in db.Organisations on r.OrganisationId equals o.Id
                                     where organisations.Contains(r.OrganisationId)
                                     orderby r.CreatedAt descending
                                     select new { r.CourseId, o.Name, r.Note }).AsNoTracking().ToListAsync(ct);
        Recommendations = [.. recommendations.Where(r => !enrolled.Contains(r.CourseId) && Courses.Any(c => c.CourseId == r.CourseId))
            .Select(r => new Recommended(Slugs[r.CourseId], Courses.First(c => c.CourseId == r.CourseId).Title, r.Name, r.Note))];
    }
}
