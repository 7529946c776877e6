using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Learning.Studying;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;

namespace Plein.Learning.Organisations;

/// <summary>
/// A beheerder or griffier sees which members follow and completed a course - only members of this organisation, and
/// only those who chose to share it - and recommends a course to all members.
/// </summary>
internal sealed class MemberLearningModel(PleinDb db, ITenantContext tenant, CurrentUser me, Mailer mailer, AuditLog audit, AccountLinks links, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een training.")] public Guid? Course { get; set; }
        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? Note { get; set; }
    }

    internal sealed record Row(string Name, string Course, int Version, int Done, int Lessons, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);
    internal sealed record Recommendation(string Course, string Note, DateTimeOffset CreatedAt);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];
    public List<SelectListItem> Courses { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        var course = Courses.FirstOrDefault(c => Input.Course is { } id && c.Value == id.ToString());
        if (Input.Course is not null && course is null) ModelState.AddModelError("Input.Course", "Kies een training uit de lijst.");
        if (!ModelState.IsValid) return Page();
        var note = Input.Note?.Trim() ?? "";
        db.Add(new CourseRecommendation { Id = Guid.NewGuid(), CourseId = Input.Course!.Value, RecommendedBy = me.Id!.Value, Note = note, CreatedAt = clock.GetUtcNow() });
        var slug = await db.Set<Course>().Where(c => c.Id == Input.Course).Select(c => c.Slug).SingleAsync(ct);
        var emails = await (from m in db.Memberships join u in db.Users on m.UserId equals u.Id where m.Role != Role.Inwoner && u.Email != null select u.Email).Distinct().ToListAsync(ct);
        foreach (var email in emails)
            mailer.Enqueue(email!, $"Aanbevolen training: {course!.Text}", $"{Organisation.Name} raadt u de digitale training \"{course.Text}\" aan.\n\n{note}\n\nU volgt de training op uw eigen tempo: {links.To($"/leren/{slug}")}");
        audit.Record(Organisation.Id, "leren.aanbevolen", course!.Text);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De training is aanbevolen. De leden krijgen een e-mail en zien de aanbeveling bij de digitale trainingen.";
        return Redirect($"/{Organisation.Slug}/leren");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(LearningPermissions.FollowMembers(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        var published = (await db.Set<CourseVersion>().AsNoTracking().Where(v => v.PublishedAt != null).ToListAsync(ct)).ToDictionary(v => v.Id);
        Courses = [new("Kies een training", ""), .. CourseVersion.LatestOfEach(published.Values).OrderBy(v => v.Title, StringComparer.CurrentCulture).Select(v => new SelectListItem(v.Title, v.CourseId.ToString()))];
        // Memberships are filtered to this organisation; enrolments are the person's own, shown only when they share them.
        var rows = await (from e in db.Set<Enrolment>()
                          join u in db.Users on e.UserId equals u.Id
                          where e.ShareWithOrganisation && db.Memberships.Any(m => m.UserId == e.UserId)
                          select new { e.Id, u.DisplayName, e.VersionId, e.StartedAt, e.CompletedAt }).AsNoTracking().ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var done = await db.Set<LessonProgress>().Where(p => ids.Contains(p.EnrolmentId)).GroupBy(p => p.EnrolmentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Rows = [.. rows.Select(r => new Row(r.DisplayName, published[r.VersionId].Title, published[r.VersionId].Number, done.GetValueOrDefault(r.Id),
            published[r.VersionId].Content.Lessons.Count, r.StartedAt, r.CompletedAt)).OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Course, StringComparer.CurrentCulture)];
        var titles = Courses.Where(c => c.Value.Length > 0).ToDictionary(c => Guid.Parse(c.Value), c => c.Text);
        Recommendations = [.. (await db.Set<CourseRecommendation>().AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(ct))
            .Select(r => new Recommendation(titles.GetValueOrDefault(r.CourseId, ""), r.Note, r.CreatedAt))];
        return null;
    }
}
