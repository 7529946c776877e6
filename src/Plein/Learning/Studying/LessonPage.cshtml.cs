using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Platform.Accounts;

namespace Plein.Learning.Studying;

/// <summary>One lesson of the version the learner follows: read it, answer its knowledge check or reflection, and go on.</summary>
internal sealed class LessonPageModel(PleinDb db, Learners learners) : PageModel
{
    public const int MaxReflection = 4000;

    [BindProperty] public List<string?> Answers { get; set; } = [];
    [BindProperty] public string? ReflectionText { get; set; }

    public Learners.Place Place { get; private set; } = default!;
    public Lesson Lesson { get; private set; } = default!;
    public CourseModule Module { get; private set; } = default!;
    public CheckAttempt? LastAttempt { get; private set; }
    private string? savedReflection;
    public Lesson? Previous { get; private set; }
    public Lesson? Next { get; private set; }
    public int Position { get; private set; }
    public string Slug => Place.Course.Slug;

    public async Task<IActionResult> OnGetAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        await learners.OpenedAsync(Place.Enrolment!, Lesson.Id, ct);
        ReflectionText = savedReflection;
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        // A lesson with a knowledge check is done by passing it, not by a button.
        if (Lesson.Check is not null) return BadRequest();
        var completed = await learners.DoneAsync(Place, Lesson, ct);
        return Onward(completed);
    }

    public async Task<IActionResult> OnPostCheckAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        if (Lesson.Check is not { } check) return BadRequest();
        this.KeepOnly(nameof(Answers));
        ModelState.Remove(nameof(Answers));
        var chosen = new List<int>();
        for (var i = 0; i < check.Questions.Count; i++)
        {
            var given = i < Answers.Count ? Answers[i] : null;
            if (int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var option) && option < check.Questions[i].Options.Count)
                chosen.Add(option);
            else
                ModelState.AddModelError($"Answers[{i}]", "Kies een antwoord.");
        }
        if (!ModelState.IsValid)
        {
            ReflectionText = savedReflection;
            return Page();
        }
        var (attempt, completed) = await learners.AnswerAsync(Place, Lesson, chosen, ct);
        if (completed) return Onward(true);
        TempData["Melding"] = attempt.Passed ? "Goed gedaan: u heeft de kennischeck gehaald." : "U heeft de kennischeck nog niet gehaald. Lees de uitleg bij uw antwoorden en probeer het opnieuw.";
        return Redirect($"/leren/{slug}/les/{Lesson.Id}#uitslag");
    }

    public async Task<IActionResult> OnPostReflectAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        if (Lesson.ReflectionPrompt is null) return BadRequest();
        this.KeepOnly(nameof(ReflectionText));
        var text = ReflectionText?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError(nameof(ReflectionText), "Schrijf uw antwoord.");
        else if (text.Length > MaxReflection) ModelState.AddModelError(nameof(ReflectionText), "Gebruik hoogstens 4.000 tekens.");
        if (!ModelState.IsValid) return Page();
        await learners.ReflectAsync(Place, Lesson, text, ct);
        TempData["Melding"] = "Uw antwoord is bewaard. Alleen u kunt het lezen.";
        return Redirect($"/leren/{slug}/les/{Lesson.Id}#reflectie");
    }

    private RedirectResult Onward(bool completed)
    {
        if (completed)
        {
            TempData["Melding"] = "Gefeliciteerd! U heeft de training afgerond. Uw certificaat staat klaar.";
            return Redirect($"/leren/{Slug}");
        }
        return Redirect(Next is { } next ? $"/leren/{Slug}/les/{next.Id}" : $"/leren/{Slug}");
    }

    private async Task<IActionResult?> LoadAsync(string slug, Guid lessonId, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await learners.FindAsync(slug, ct) is not { } place) return NotFound();
        if (place.Enrolment is null) return Redirect($"/leren/{slug}");
        if (place.Version.Content.Lesson(lessonId) is not { } lesson) return NotFound();
        Place = place;
        Lesson = lesson;
        Module = place.Version.Content.ModuleOf(lessonId)!;
        var lessons = place.Version.Content.Lessons;
        var index = lessons.ToList().FindIndex(l => l.Id == lessonId);
        Position = index + 1;
        Previous = index > 0 ? lessons[index - 1] : null;
        Next = index + 1 < lessons.Count ? lessons[index + 1] : null;
        var enrolmentId = place.Enrolment.Id;
        LastAttempt = lesson.Check is null ? null : await db.Set<CheckAttempt>().AsNoTracking()
            .Where(a => a.EnrolmentId == enrolmentId && a.LessonId == lessonId).OrderByDescending(a => a.At).FirstOrDefaultAsync(ct);
        var reflection = lesson.ReflectionPrompt is null ? null : await db.Set<Reflection>().AsNoTracking().FirstOrDefaultAsync(r => r.EnrolmentId == enrolmentId && r.LessonId == lessonId, ct);
        savedReflection = reflection?.Text;
        return null;
    }
}
