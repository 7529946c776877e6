using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Platform.Accounts;
using Plein.Platform.Files;
using Plein.Platform.Tenancy;

namespace Plein.Learning.Authoring;

/// <summary>One lesson of a draft: text, image, document, video with its transcript, reflection question and knowledge check.</summary>
internal sealed class EditLessonModel(PleinDb db, CurrentUser me, CourseDrafts drafts, FileStore files) : PageModel
{
    public const int MaxOptions = 4;
    private static readonly string[] Images = ["image/png", "image/jpeg"];

    internal sealed class LessonInput
    {
        [Required(ErrorMessage = "Geef de les een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Schrijf de tekst van de les."), StringLength(20_000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")] public string? Body { get; set; }
        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? VideoUrl { get; set; }
        [StringLength(20_000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")] public string? VideoTranscript { get; set; }
        public IFormFile? Image { get; set; }
        [StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")] public string? ImageAlt { get; set; }
        public IFormFile? Document { get; set; }
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? DocumentTitle { get; set; }
        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? ReflectionPrompt { get; set; }
        public bool HasCheck { get; set; }
        [Range(1, 100, ErrorMessage = "Vul een percentage in van 1 tot 100.")] public int? PassMark { get; set; }
    }

    internal sealed class QuestionInput
    {
        [Required(ErrorMessage = "Schrijf de vraag."), StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? Text { get; set; }
        public List<string?> Options { get; set; } = [];
        public List<string?> Feedback { get; set; } = [];
        public int? Correct { get; set; }
    }

    [BindProperty] public LessonInput Input { get; set; } = new();
    [BindProperty] public QuestionInput Question { get; set; } = new();
    public CourseDrafts.Work Work { get; private set; } = default!;
    public Lesson Lesson { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        ModelState.Clear();
        return Shown();
    }

    public async Task<IActionResult> OnPostAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Input));
        var video = Blank(Input.VideoUrl);
        if (video is not null && !(Uri.TryCreate(video, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            ModelState.AddModelError("Input.VideoUrl", "Vul een webadres in dat begint met https://.");
        if (video is not null && Blank(Input.VideoTranscript) is null)
            ModelState.AddModelError("Input.VideoTranscript", "Schrijf de tekst van de video uit. Zonder uitgeschreven tekst kan niet iedereen de video volgen.");
        if (Input.Image is not null && Blank(Input.ImageAlt) is null)
            ModelState.AddModelError("Input.ImageAlt", "Beschrijf wat er op de afbeelding staat.");
        if (Input.Document is not null && Blank(Input.DocumentTitle) is null)
            ModelState.AddModelError("Input.DocumentTitle", "Geef het document een naam.");
        if (Input.HasCheck && Input.PassMark is null) ModelState.AddModelError("Input.PassMark", "Vul in hoeveel procent goed nodig is.");
        var image = ModelState.IsValid && Input.Image is { } i ? await SaveFileAsync(i, "Input.Image", Images, ct) : null;
        var document = ModelState.IsValid && Input.Document is { } d ? await SaveFileAsync(d, "Input.Document", [.. FileStore.Allowed.Select(k => k.ContentType).Except(Images)], ct) : null;
        if (!ModelState.IsValid)
        {
            foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList()) added.State = EntityState.Detached;
            return Page();
        }
        Lesson.Title = Input.Title!.Trim();
        Lesson.Body = Input.Body!.Trim();
        Lesson.VideoUrl = video;
        Lesson.VideoTranscript = video is null ? null : Input.VideoTranscript!.Trim();
        if (image is not null) (Lesson.ImageFileId, Lesson.ImageAlt) = (image.Id, Input.ImageAlt!.Trim());
        else if (Lesson.ImageFileId is not null && Blank(Input.ImageAlt) is { } alt) Lesson.ImageAlt = alt;
        if (document is not null) (Lesson.DocumentFileId, Lesson.DocumentTitle) = (document.Id, Input.DocumentTitle!.Trim());
        Lesson.ReflectionPrompt = Blank(Input.ReflectionPrompt);
        Lesson.Check = Input.HasCheck ? (Lesson.Check ?? new KnowledgeCheck()) : null;
        if (Lesson.Check is not null) Lesson.Check.PassMark = Input.PassMark!.Value;
        return await SavedAsync("De les is opgeslagen.", ct);
    }

    public async Task<IActionResult> OnPostAddQuestionAsync(string slug, Guid lesson, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        if (Lesson.Check is not { } check)
        {
            TempData["Melding"] = "Deze les heeft geen kennischeck. Zet eerst de kennischeck aan en sla de les op.";
            return Redirect($"/leren/beheer/{slug}/les/{lesson}");
        }
        this.KeepOnly(nameof(Question));
        var options = new List<CheckOption>();
        for (var o = 0; o < MaxOptions; o++)
        {
            var text = Blank(o < Question.Options.Count ? Question.Options[o] : null);
            var feedback = Blank(o < Question.Feedback.Count ? Question.Feedback[o] : null);
            if (text is null && feedback is null) continue;
            if (text is null) ModelState.AddModelError($"Question.Options[{o}]", "Schrijf het antwoord, of haal de uitleg weg.");
            else if (text.Length > 300) ModelState.AddModelError($"Question.Options[{o}]", "Gebruik hoogstens 300 tekens.");
            if (feedback is null) ModelState.AddModelError($"Question.Feedback[{o}]", "Schrijf uitleg bij dit antwoord.");
            else if (feedback.Length > 1000) ModelState.AddModelError($"Question.Feedback[{o}]", "Gebruik hoogstens 1.000 tekens.");
            options.Add(new CheckOption { Text = text ?? "", Feedback = feedback ?? "", Correct = Question.Correct == o });
        }
        if (options.Count < 2) ModelState.AddModelError("Question.Options[0]", "Geef minstens twee antwoorden.");
        if (Question.Correct is not { } correct || correct is < 0 or >= MaxOptions || Blank(correct < Question.Options.Count ? Question.Options[correct] : null) is null)
            ModelState.AddModelError("Question.Correct", "Kies welk antwoord goed is.");
        if (!ModelState.IsValid) return Shown(keepQuestion: true);
        check.Questions.Add(new CheckQuestion { Id = Guid.NewGuid(), Text = Question.Text!.Trim(), Options = options });
        return await SavedAsync("De vraag is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostRemoveQuestionAsync(string slug, Guid lesson, Guid question, CancellationToken ct)
    {
        if (await LoadAsync(slug, lesson, ct) is { } stop) return stop;
        if (Lesson.Check is not { } check || check.Questions.RemoveAll(q => q.Id == question) == 0) return NotFound();
        return await SavedAsync("De vraag is weggehaald.", ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<StoredFile?> SaveFileAsync(IFormFile upload, string field, IReadOnlyCollection<string> types, CancellationToken ct)
    {
        var saved = await files.SaveAsync(upload, me.Id, types, ct);
        if (saved.Error is { } error) ModelState.AddModelError(field, error);
        if (saved.File is not { } file) return null;
        // Course material belongs to no organisation; like the communities' files it is kept under the programme office.
        file.OrganisationId = await OrganisationRegister.ProgrammeOfficeIdAsync(db, ct);
        db.Add(new CourseFile { FileId = file.Id, CourseId = Work.Course.Id });
        return file;
    }

    private PageResult Shown(bool keepQuestion = false)
    {
        Input = new()
        {
            Title = Lesson.Title, Body = Lesson.Body, VideoUrl = Lesson.VideoUrl, VideoTranscript = Lesson.VideoTranscript, ImageAlt = Lesson.ImageAlt,
            DocumentTitle = Lesson.DocumentTitle, ReflectionPrompt = Lesson.ReflectionPrompt, HasCheck = Lesson.Check is not null, PassMark = Lesson.Check?.PassMark ?? 70,
        };
        if (!keepQuestion) Question = new();
        return Page();
    }

    private async Task<IActionResult> SavedAsync(string message, CancellationToken ct)
    {
        await drafts.SaveAsync(ct);
        TempData["Melding"] = message;
        return Redirect($"/leren/beheer/{Work.Course.Slug}/les/{Lesson.Id}");
    }

    private async Task<IActionResult?> LoadAsync(string slug, Guid lessonId, CancellationToken ct)
    {
        if (this.Enforce(LearningPermissions.ManageCourses(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await drafts.FindAsync(slug, ct) is not { Draft: { } draft } work || draft.Content.Lesson(lessonId) is not { } lesson) return NotFound();
        Work = work;
        Lesson = lesson;
        return null;
    }
}
