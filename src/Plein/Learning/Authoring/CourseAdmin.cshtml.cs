using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Learning.Authoring;

/// <summary>Programme staff see every course with its versions, and start a new one.</summary>
internal sealed class CourseAdminModel(PleinDb db, CurrentUser me, CourseDrafts drafts) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Geef de training een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
    }

    internal sealed record Row(string Slug, string Title, int? Published, bool HasDraft, int Enrolments);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(LearningPermissions.ManageCourses(await me.LoadAsync(ct))) is { } denied) return denied;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (this.Enforce(LearningPermissions.ManageCourses(await me.LoadAsync(ct))) is { } denied) return denied;
        var slug = ModelState.IsValid ? Slugs.From(Input.Title!) : "";
        if (ModelState.IsValid && slug.Length == 0) ModelState.AddModelError("Input.Title", "Gebruik in de titel ook letters of cijfers.");
        else if (ModelState.IsValid && await db.Set<Course>().AnyAsync(c => c.Slug == slug, ct)) ModelState.AddModelError("Input.Title", "Er is al een training met deze titel.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await drafts.CreateAsync(slug, Input.Title!.Trim(), ct);
        TempData["Melding"] = "De training is aangemaakt als concept. Voeg modules en lessen toe en publiceer hem.";
        return Redirect($"/leren/beheer/{slug}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var versions = await db.Set<CourseVersion>().AsNoTracking().Select(v => new { v.CourseId, v.Number, v.Title, v.PublishedAt }).ToListAsync(ct);
        var enrolments = await db.Set<Studying.Enrolment>().GroupBy(e => e.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var courses = await db.Set<Course>().AsNoTracking().ToListAsync(ct);
        Rows = [.. courses.Select(c =>
        {
            var mine = versions.Where(v => v.CourseId == c.Id).ToList();
            var published = mine.Where(v => v.PublishedAt != null).MaxBy(v => v.Number);
            return new Row(c.Slug, (published ?? mine.MaxBy(v => v.Number))!.Title, published?.Number, mine.Any(v => v.PublishedAt == null), enrolments.GetValueOrDefault(c.Id));
        }).OrderBy(r => r.Title, StringComparer.CurrentCulture)];
    }
}
