using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Plein.Learning.Courses;
using Plein.Platform.Accounts;
using Plein.Support.Contracts;

namespace Plein.Learning.Authoring;

/// <summary>A course's draft: its details, modules and lessons; publishing it as the next version; starting a new draft.</summary>
internal sealed class EditCourseModel(CurrentUser me, CourseDrafts drafts) : PageModel
{
    internal sealed class DetailsInput
    {
        [Required(ErrorMessage = "Geef de training een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Beschrijf kort waar de training over gaat."), StringLength(1000, ErrorMessage = "Gebruik hoogstens 1.000 tekens.")] public string? Summary { get; set; }
        [Required(ErrorMessage = "Vul in hoeveel minuten de training ongeveer duurt."), Range(5, 600, ErrorMessage = "Vul een duur in van 5 tot 600 minuten.")] public int? EstimatedMinutes { get; set; }
        public List<TargetGroup> TargetGroups { get; set; } = [];
        public List<int> Areas { get; set; } = [];
    }

    internal sealed class LessonInput
    {
        [Required(ErrorMessage = "Kies een module.")] public Guid? Module { get; set; }
        [Required(ErrorMessage = "Geef de les een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
    }

    [BindProperty] public DetailsInput Input { get; set; } = new();
    [BindProperty, Required(ErrorMessage = "Geef de module een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? ModuleTitle { get; set; }
    [BindProperty] public LessonInput NewLesson { get; set; } = new();
    public CourseDrafts.Work Work { get; private set; } = default!;
    public IEnumerable<SelectListItem> Modules => [new("Kies een module", ""), .. (Work.Draft?.Content.Modules ?? []).Select(m => new SelectListItem(m.Title, m.Id.ToString()))];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        ModelState.Clear();
        return Shown();
    }

    /// <summary>A form posted after the draft was published (from another tab, or a colleague): say so and show the course.</summary>
    private RedirectResult NoDraft(string slug)
    {
        TempData["Melding"] = "Er is geen concept meer: het is net gepubliceerd. Maak een nieuw concept om verder te werken.";
        return Redirect($"/leren/beheer/{slug}");
    }

    public async Task<IActionResult> OnPostDetailsAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Work.Draft is not { } draft) return NoDraft(slug);
        this.KeepOnly(nameof(Input));
        if (Input.TargetGroups.Count == 0) ModelState.AddModelError("Input.TargetGroups", "Kies minstens één doelgroep.");
        if (Input.Areas.Count == 0 || Input.Areas.Any(a => a is < 1 or > 7)) ModelState.AddModelError("Input.Areas", "Kies minstens één aandachtsgebied.");
        if (!ModelState.IsValid) return Page();
        draft.Title = Input.Title!.Trim();
        draft.Summary = Input.Summary!.Trim();
        draft.EstimatedMinutes = Input.EstimatedMinutes!.Value;
        draft.TargetGroups = [.. Input.TargetGroups.Distinct()];
        draft.Areas = [.. Input.Areas.Distinct().Order()];
        return await SavedAsync("De gegevens van het concept zijn opgeslagen.", ct);
    }

    public async Task<IActionResult> OnPostAddModuleAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Work.Draft is not { } draft) return NoDraft(slug);
        this.KeepOnly(nameof(ModuleTitle));
        if (!ModelState.IsValid) return Shown();
        draft.Content.Modules.Add(new CourseModule { Id = Guid.NewGuid(), Title = ModuleTitle!.Trim() });
        return await SavedAsync("De module is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostAddLessonAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Work.Draft is not { } draft) return NoDraft(slug);
        this.KeepOnly(nameof(NewLesson));
        var module = draft.Content.Modules.FirstOrDefault(m => m.Id == NewLesson.Module);
        if (NewLesson.Module is not null && module is null) ModelState.AddModelError("NewLesson.Module", "Kies een module uit de lijst.");
        if (!ModelState.IsValid) return Shown();
        var lesson = new Lesson { Id = Guid.NewGuid(), Title = NewLesson.Title!.Trim() };
        module!.Lessons.Add(lesson);
        await drafts.SaveAsync(ct);
        TempData["Melding"] = "De les is toegevoegd. Schrijf nu de inhoud.";
        return Redirect($"/leren/beheer/{slug}/les/{lesson.Id}");
    }

    public async Task<IActionResult> OnPostRemoveLessonAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Work.Draft is not { } draft || draft.Content.ModuleOf(lesson) is not { } module) return NotFound();
        module.Lessons.RemoveAll(l => l.Id == lesson);
        return await SavedAsync("De les is uit het concept gehaald.", ct);
    }

    public async Task<IActionResult> OnPostRemoveModuleAsync(string slug, Guid module, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Work.Draft is not { } draft || draft.Content.Modules.RemoveAll(m => m.Id == module && m.Lessons.Count == 0) == 0) return NotFound();
        return await SavedAsync("De module is uit het concept gehaald.", ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        if (Work.Draft is not { } draft) return NoDraft(slug);
        ModelState.Clear();
        foreach (var problem in draft.PublishProblems()) ModelState.AddModelError("Publish", problem);
        if (draft.Summary.Length == 0 || draft.TargetGroups.Count == 0 || draft.Areas.Count == 0) ModelState.AddModelError("Publish", "Vul eerst de beschrijving, de doelgroepen en de aandachtsgebieden in.");
        if (!ModelState.IsValid) return Shown();
        await drafts.PublishAsync(Work, me.Id!.Value, ct);
        TempData["Melding"] = "De nieuwe versie is gepubliceerd. Wie al begonnen was, houdt de versie waarmee hij begon.";
        return Redirect($"/leren/beheer/{slug}");
    }

    public async Task<IActionResult> OnPostNewDraftAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        await drafts.StartDraftAsync(Work, ct);
        TempData["Melding"] = "Er is een nieuw concept gemaakt. De gepubliceerde versie blijft ongewijzigd tot u het concept publiceert.";
        return Redirect($"/leren/beheer/{slug}");
    }

    /// <summary>The page with the draft's details in their form (a post of another form leaves them out).</summary>
    private PageResult Shown()
    {
        if (Work.Draft is { } d) Input = new() { Title = d.Title, Summary = d.Summary, EstimatedMinutes = d.EstimatedMinutes, TargetGroups = [.. d.TargetGroups], Areas = [.. d.Areas] };
        return Page();
    }

    private async Task<IActionResult> SavedAsync(string message, CancellationToken ct)
    {
        await drafts.SaveAsync(ct);
        TempData["Melding"] = message;
        return Redirect($"/leren/beheer/{Work.Course.Slug}");
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        if (this.Enforce(LearningPermissions.ManageCourses(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await drafts.FindAsync(slug, ct) is not { } work) return NotFound();
        Work = work;
        return null;
    }
}
