using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Platform.Surveys.Editing;

/// <summary>
/// Staff set up a survey: its settings, sections and questions, and publish it. Once someone has answered, the
/// questions are locked so every answer keeps its meaning; dates, texts and publication stay editable.
/// </summary>
internal sealed class ManageSurveyModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit) : PageModel
{
    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(200, MinimumLength = 3, ErrorMessage = "Gebruik 3 tot 200 tekens.")]
        public string Title { get; set; } = "";

        [StringLength(5_000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")]
        public string? Intro { get; set; }

        public bool Anonymous { get; set; }

        [Required(ErrorMessage = "Kies wie mag antwoorden.")]
        public VerificationLevel AnswerLevel { get; set; }

        public DateOnly? Opens { get; set; }
        public DateOnly? Closes { get; set; }
        public bool ResultsPublic { get; set; }
    }

    public sealed class SectionInput
    {
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string? Title { get; set; }

        [StringLength(2_000, ErrorMessage = "Gebruik hoogstens 2.000 tekens.")]
        public string? Intro { get; set; }
    }

    [BindProperty] public SettingsInput Settings { get; set; } = new();
    [BindProperty] public SectionInput Section { get; set; } = new();
    /// <summary>The section whose texts are being edited (from ?deel=), or none for a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "deel")] public string? EditingSection { get; set; }

    public Survey Survey { get; private set; } = default!;
    public int Responses { get; private set; }
    public bool Locked => Responses > 0;
    public string Path => $"/{tenant.RequiredOrganisation().Slug}/vragenlijsten/{Survey.Id}";

    public static IEnumerable<SelectListItem> LevelOptions =>
        new[] { VerificationLevel.Geen }.Concat(VerificationLevels.Selectable).Select(l => new SelectListItem(VerificationLevels.Describe(l), l.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Settings = new SettingsInput
        {
            Title = Survey.Title, Intro = Survey.Intro, Anonymous = Survey.Anonymous, AnswerLevel = Survey.AnswerLevel,
            Opens = Survey.Opens, Closes = Survey.Closes, ResultsPublic = Survey.ResultsPublic,
        };
        if (Survey.Definition.Sections.FirstOrDefault(s => s.Key == EditingSection) is { } editing)
            Section = new SectionInput { Title = editing.Title, Intro = editing.Intro };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(Settings));
        if (Settings.AnswerLevel != VerificationLevel.Geen && !VerificationLevels.Selectable.Contains(Settings.AnswerLevel))
            ModelState.AddModelError("Settings.AnswerLevel", "Kies wie mag antwoorden uit de lijst.");
        if (!Settings.Anonymous && Settings.AnswerLevel == VerificationLevel.Geen)
            ModelState.AddModelError("Settings.Anonymous", "Antwoorden zonder account zijn altijd anoniem. Kies anoniem, of vraag om een account.");
        if (Settings.Opens is { } o && Settings.Closes is { } c && c < o)
            ModelState.AddModelError("Settings.Closes", "De sluitingsdatum ligt vóór de openingsdatum.");
        if (Locked && (Settings.Anonymous != Survey.Anonymous || Settings.AnswerLevel != Survey.AnswerLevel))
            ModelState.AddModelError("Settings.Anonymous", "Er zijn al antwoorden: anoniem of niet, en wie mag antwoorden, liggen nu vast.");
        if (!ModelState.IsValid) return Page();
        Survey.Title = Settings.Title.Trim();
        Survey.Intro = Settings.Intro?.Trim() ?? "";
        Survey.Anonymous = Settings.Anonymous;
        Survey.AnswerLevel = Settings.AnswerLevel;
        Survey.Opens = Settings.Opens;
        Survey.Closes = Settings.Closes;
        Survey.ResultsPublic = Settings.ResultsPublic;
        return await SaveAsync("vragenlijst.gewijzigd", "De instellingen zijn opgeslagen.", ct);
    }

    /// <param name="publish">The state asked for, not a toggle: a form sent twice does not undo itself.</param>
    public async Task<IActionResult> OnPostPublishAsync(Guid id, bool publish, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (publish == Survey.Published) return Redirect(Path + "/beheer");
        if (publish && !Survey.Definition.Questions.Any())
        {
            TempData["Melding"] = "Voeg eerst een vraag toe.";
            return Redirect(Path + "/beheer");
        }
        Survey.Published = publish;
        return await SaveAsync(Survey.Published ? "vragenlijst.gepubliceerd" : "vragenlijst.teruggetrokken",
            Survey.Published ? "De vragenlijst is gepubliceerd." : "De vragenlijst is weer een concept.", ct);
    }

    public async Task<IActionResult> OnPostSectionAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(Section));
        var existing = Survey.Definition.Sections.FirstOrDefault(s => s.Key == EditingSection);
        if (existing is null && Locked) return RefuseLocked();
        if (!ModelState.IsValid) return Page();
        var definition = Survey.Definition.Clone();
        var section = existing is null ? null : definition.Sections.First(s => s.Key == existing.Key);
        if (section is null)
        {
            section = new SurveySection { Key = definition.NextSectionKey() };
            definition.Sections.Add(section);
        }
        section.Title = Section.Title?.Trim() ?? "";
        section.Intro = Section.Intro?.Trim() ?? "";
        Survey.Definition = definition;
        return await SaveAsync("vragenlijst.gewijzigd", existing is null ? "Het deel is toegevoegd." : "Het deel is opgeslagen.", ct);
    }

    public async Task<IActionResult> OnPostRemoveSectionAsync(Guid id, string key, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Locked) return RefuseLocked();
        var definition = Survey.Definition.Clone();
        var section = definition.Sections.FirstOrDefault(s => s.Key == key);
        if (section is null) return NotFound();
        if (definition.Sections.Count == 1) return Notice("Een vragenlijst heeft minstens één deel.");
        var keys = section.Questions.Select(q => q.Key).ToHashSet();
        if (Survey.Published && definition.Questions.All(q => keys.Contains(q.Key)))
            return Notice("Een gepubliceerde vragenlijst heeft minstens één vraag. Zet hem eerst terug naar concept.");
        if (definition.Questions.Any(q => q.ShowIf is { } c && keys.Contains(c.QuestionKey) && !keys.Contains(q.Key)))
            return Notice("Een vraag in een ander deel hangt af van een vraag in dit deel. Pas die eerst aan.");
        definition.Sections.Remove(section);
        Survey.Definition = definition;
        return await SaveAsync("vragenlijst.gewijzigd", "Het deel is verwijderd.", ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string key, int step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Locked) return RefuseLocked();
        var definition = Survey.Definition.Clone();
        var section = definition.Sections.FirstOrDefault(s => s.Questions.Any(q => q.Key == key));
        if (section is null || step is not (-1 or 1)) return NotFound();
        var at = section.Questions.FindIndex(q => q.Key == key);
        if (at + step < 0 || at + step >= section.Questions.Count) return Redirect(Path + "/beheer");
        (section.Questions[at], section.Questions[at + step]) = (section.Questions[at + step], section.Questions[at]);
        Survey.Definition = definition;
        return await SaveAsync("vragenlijst.gewijzigd", "De volgorde is aangepast.", ct);
    }

    public async Task<IActionResult> OnPostRemoveQuestionAsync(Guid id, string key, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Locked) return RefuseLocked();
        var definition = Survey.Definition.Clone();
        var section = definition.Sections.FirstOrDefault(s => s.Questions.Any(q => q.Key == key));
        if (section is null) return NotFound();
        if (definition.Questions.Any(q => q.ShowIf?.QuestionKey == key))
            return Notice("Een andere vraag hangt af van deze vraag. Pas die eerst aan.");
        if (Survey.Published && definition.Questions.Count() == 1)
            return Notice("Een gepubliceerde vragenlijst heeft minstens één vraag. Zet hem eerst terug naar concept.");
        section.Questions.RemoveAll(q => q.Key == key);
        Survey.Definition = definition;
        return await SaveAsync("vragenlijst.gewijzigd", "De vraag is verwijderd.", ct);
    }

    private RedirectResult RefuseLocked() => Notice("Er zijn al antwoorden: de vragen liggen vast.");

    private RedirectResult Notice(string message)
    {
        TempData["Melding"] = message;
        return Redirect(Path + "/beheer");
    }

    private async Task<IActionResult> SaveAsync(string action, string message, CancellationToken ct)
    {
        audit.Record(Survey.OrganisationId, action, Survey.Title);
        await db.SaveChangesAsync(ct);
        return Notice(message);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(SurveyPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } refused) return refused;
        var survey = await db.Set<Survey>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null || survey.OwnerManaged) return NotFound();
        Survey = survey;
        Responses = await db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == id, ct);
        return null;
    }
}
