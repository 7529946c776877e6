using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Surveys.Editing;

/// <summary>Add a question to a section, or change one. A condition may only look at choice questions in earlier sections.</summary>
internal sealed class EditQuestionModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit) : PageModel
{
    public const string New = "nieuw";

    public sealed class QuestionInput
    {
        [Required(ErrorMessage = "Kies een soort vraag.")]
        public QuestionType? Type { get; set; }

        [Required(ErrorMessage = "Vul de vraag in.")]
        [StringLength(500, MinimumLength = 3, ErrorMessage = "Gebruik 3 tot 500 tekens.")]
        public string Text { get; set; } = "";

        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")]
        public string? Help { get; set; }

        public bool Required { get; set; }

        [StringLength(6_000, ErrorMessage = "Gebruik hoogstens 6.000 tekens.")]
        public string? Options { get; set; }

        [StringLength(6_000, ErrorMessage = "Gebruik hoogstens 6.000 tekens.")]
        public string? Rows { get; set; }

        [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Vul een heel getal in.")]
        public int? Min { get; set; }

        [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Vul een heel getal in.")]
        public int? Max { get; set; }

        /// <summary>"v2:0" per chosen answer of an earlier question: show this question only then.</summary>
        public List<string> ShowIf { get; set; } = [];
    }

    [BindProperty] public QuestionInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "deel")] public string? SectionKey { get; set; }

    public Survey Survey { get; private set; } = default!;
    public SurveySection Section { get; private set; } = default!;
    public bool IsNew { get; private set; }
    public string Path => $"/{tenant.RequiredOrganisation().Slug}/vragenlijsten/{Survey.Id}";

    public static IEnumerable<SelectListItem> TypeOptions =>
        Enum.GetValues<QuestionType>().Select(t => new SelectListItem(SurveyText.Describe(t), t.ToString()));

    /// <summary>Choice questions in sections before this one: what a condition can look at.</summary>
    public IEnumerable<SurveyQuestion> ConditionSources =>
        Survey.Definition.Sections.TakeWhile(s => s.Key != Section.Key).SelectMany(s => s.Questions)
            .Where(q => q.Type is QuestionType.EenKeuze or QuestionType.MeerKeuze or QuestionType.Schaal);

    public async Task<IActionResult> OnGetAsync(Guid id, string key, CancellationToken ct)
    {
        if (await LoadAsync(id, key, ct) is { } refused) return refused;
        if (!IsNew && Survey.Definition.Find(key) is { } q)
            Input = new QuestionInput
            {
                Type = q.Type, Text = q.Text, Help = q.Help, Required = q.Required, Options = string.Join('\n', q.Options),
                Rows = string.Join('\n', q.Rows), Min = q.Min, Max = q.Max,
                ShowIf = q.ShowIf?.AnyOf.Select(v => $"{q.ShowIf.QuestionKey}:{v}").ToList() ?? [],
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string key, CancellationToken ct)
    {
        if (await LoadAsync(id, key, ct) is { } refused) return refused;
        var options = Lines(Input.Options);
        var rows = Lines(Input.Rows);
        var condition = Condition();
        Check(options, rows);
        if (!ModelState.IsValid) return Page();

        var definition = Survey.Definition.Clone();
        var section = definition.Sections.First(s => s.Key == Section.Key);
        var question = IsNew ? new SurveyQuestion { Key = definition.NextQuestionKey() } : section.Questions.First(q => q.Key == key);
        if (!IsNew && question.Type != Input.Type && definition.Questions.Any(q => q.ShowIf?.QuestionKey == key))
        {
            ModelState.AddModelError("Input.Type", "Een andere vraag hangt af van deze vraag; de soort kan daarom niet veranderen.");
            return Page();
        }
        var dependants = definition.Questions.Where(q => q.ShowIf?.QuestionKey == question.Key).SelectMany(q => q.ShowIf!.AnyOf).ToList();
        if (dependants.Count > 0 && Input.Type is QuestionType.EenKeuze or QuestionType.MeerKeuze
            && dependants.Any(v => int.Parse(v, CultureInfo.InvariantCulture) >= options.Count))
        {
            ModelState.AddModelError("Input.Options", "Een andere vraag hangt af van een antwoord dat u weghaalt. Pas die eerst aan.");
            return Page();
        }
        question.Type = Input.Type!.Value;
        question.Text = Input.Text.Trim();
        question.Help = string.IsNullOrWhiteSpace(Input.Help) ? null : Input.Help.Trim();
        question.Required = Input.Required;
        question.Options = question.Type is QuestionType.EenKeuze or QuestionType.MeerKeuze or QuestionType.Matrix ? options : [];
        question.Rows = question.Type == QuestionType.Matrix ? rows : [];
        question.Min = question.Type is QuestionType.Getal or QuestionType.MeerKeuze ? Input.Min : null;
        question.Max = question.Type is QuestionType.Getal or QuestionType.MeerKeuze ? Input.Max : null;
        question.ShowIf = condition;
        if (IsNew) section.Questions.Add(question);
        Survey.Definition = definition;
        audit.Record(Survey.OrganisationId, "vragenlijst.gewijzigd", Survey.Title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = IsNew ? "De vraag is toegevoegd." : "De vraag is opgeslagen.";
        return Redirect($"{Path}/beheer#deel-{Section.Key}");
    }

    private void Check(List<string> options, List<string> rows)
    {
        if (options.Any(o => o.Length > 200)) ModelState.AddModelError("Input.Options", "Gebruik hoogstens 200 tekens per antwoord.");
        else if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count) ModelState.AddModelError("Input.Options", "Elk antwoord mag maar één keer voorkomen.");
        if (rows.Any(r => r.Length > 300)) ModelState.AddModelError("Input.Rows", "Gebruik hoogstens 300 tekens per stelling.");
        switch (Input.Type)
        {
            case QuestionType.EenKeuze or QuestionType.MeerKeuze when options.Count is < 2 or > 30:
                ModelState.AddModelError("Input.Options", "Geef 2 tot 30 antwoorden, elk op een eigen regel.");
                break;
            case QuestionType.Matrix when rows.Count is < 1 or > 30:
                ModelState.AddModelError("Input.Rows", "Geef 1 tot 30 stellingen, elk op een eigen regel.");
                break;
            case QuestionType.Matrix when options.Count is 1 or > 10:
                ModelState.AddModelError("Input.Options", "Laat de antwoorden leeg voor eens/oneens, of geef er 2 tot 10.");
                break;
            case QuestionType.MeerKeuze when Input.Max is { } max && (max < 1 || max > options.Count):
                ModelState.AddModelError("Input.Max", "Het hoogste aantal keuzes moet tussen 1 en het aantal antwoorden liggen.");
                break;
            case QuestionType.MeerKeuze when Input.Min is { } min && (min < 1 || min > options.Count):
                ModelState.AddModelError("Input.Min", "Het laagste aantal keuzes moet tussen 1 en het aantal antwoorden liggen.");
                break;
        }
        if (Input.Min is { } lo && Input.Max is { } hi && hi < lo) ModelState.AddModelError("Input.Max", "Het hoogste getal is kleiner dan het laagste.");
        if (Input.Type is { } type && !Enum.IsDefined(type)) ModelState.AddModelError("Input.Type", "Kies een soort vraag uit de lijst.");
    }

    private SurveyCondition? Condition()
    {
        if (Input.ShowIf.Count == 0) return null;
        var sources = ConditionSources.ToDictionary(q => q.Key);
        var picked = Input.ShowIf.Select(v => v.Split(':')).ToList();
        if (picked.Any(p => p.Length != 2 || !sources.TryGetValue(p[0], out var q) || !int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= q.Choices.Count))
        {
            ModelState.AddModelError("Input.ShowIf", "Kies antwoorden uit de lijst.");
            return null;
        }
        if (picked.Select(p => p[0]).Distinct().Count() > 1)
        {
            ModelState.AddModelError("Input.ShowIf", "Kies antwoorden van één vraag.");
            return null;
        }
        return new SurveyCondition { QuestionKey = picked[0][0], AnyOf = picked.Select(p => p[1]).Distinct().ToList() };
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private async Task<IActionResult?> LoadAsync(Guid id, string key, CancellationToken ct)
    {
        if (this.Enforce(SurveyPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } refused) return refused;
        var survey = await db.Set<Survey>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null || survey.OwnerManaged) return NotFound();
        Survey = survey;
        IsNew = key == New;
        var section = IsNew
            ? survey.Definition.Sections.FirstOrDefault(s => s.Key == SectionKey) ?? survey.Definition.Sections.LastOrDefault()
            : survey.Definition.Sections.FirstOrDefault(s => s.Questions.Any(q => q.Key == key));
        if (section is null) return NotFound();
        Section = section;
        if (await db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == id, ct))
        {
            TempData["Melding"] = "Er zijn al antwoorden: de vragen liggen vast.";
            return Redirect($"{Path}/beheer");
        }
        return null;
    }
}
