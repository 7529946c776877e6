using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Platform.Surveys.Answering;

/// <summary>
/// Answer a survey one section at a time. Every step is saved, so the respondent can go back, stop and resume later;
/// conditions on earlier answers decide which questions (and sections) are shown. Works without JavaScript.
/// </summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class RespondModel(PleinDb db, ITenantContext tenant, CurrentUser me, SurveyResponses responses, Verifier verifier) : PageModel
{
    public Survey Survey { get; private set; } = default!;
    public SurveyResponse? Current { get; private set; }
    public AnswerSheet Sheet { get; private set; } = new();
    public int Section { get; private set; }
    public int SectionNumber { get; private set; }
    public int ShownSections { get; private set; }
    public bool IsFirst { get; private set; }
    public bool IsLast { get; private set; }
    public HashSet<string> Hidden { get; private set; } = [];
    /// <summary>Why this person cannot answer now; null when they can.</summary>
    public string? Refusal { get; private set; }
    public bool NeedsLogin { get; private set; }
    /// <summary>Signed in, but without the level the survey asks (a postcode in the area, a voting code, DigiD).</summary>
    public bool NeedsMore { get; private set; }
    public bool CanManage { get; private set; }
    public bool Submitted => Current?.SubmittedAt is not null;
    public string Slug => tenant.RequiredOrganisation().Slug;
    public string Path => $"/{Slug}/vragenlijsten/{Survey.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, int? deel, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } notFound) return notFound;
        if (Refusal is not null) return Page();
        var answers = await responses.AnswersAsync(Current, ct);
        Sheet = AnswerSheet.FromStored(Survey.Definition, answers);
        Place(Math.Clamp((deel ?? (Current?.Reached ?? 0) + 1) - 1, 0, Current?.Reached ?? 0), SurveyResponses.Given(answers));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int deel, string? actie, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } notFound) return notFound;
        if (Refusal is not null || Submitted)
        {
            TempData["Melding"] = Refusal ?? "U heeft deze vragenlijst al ingevuld. Bedankt!";
            return Redirect(Path);
        }
        var stored = await responses.AnswersAsync(Current, ct);
        var section = Math.Clamp(deel - 1, 0, Math.Min(Current?.Reached ?? 0, Survey.Definition.Sections.Count - 1));
        var questions = Survey.Definition.Sections[section].Questions;
        var before = SurveyResponses.Given(stored.Where(a => !questions.Any(q => q.Key == a.QuestionKey)));
        var hidden = Survey.Definition.Hidden(before);
        var forward = actie is "volgende" or "versturen";
        Sheet = AnswerSheet.Read(questions.Where(q => !hidden.Contains(q.Key)), Request.Form, ModelState, complete: forward);
        if (!ModelState.IsValid)
        {
            Place(section, before);
            return Page();
        }
        var given = new Dictionary<string, List<string>>(before, StringComparer.Ordinal);
        foreach (var group in Sheet.Values.GroupBy(v => v.QuestionKey)) given[group.Key] = group.Select(v => v.Value).ToList();
        var next = Survey.Definition.NextShownSection(section, 1, given);
        var (response, token) = Current is null ? responses.Start(Survey, me.Id) : (Current, null);
        if (!await responses.SaveAsync(response, questions.Select(q => q.Key), Sheet, forward && next >= 0 ? next : section, ct))
        {
            // A second post of the same form (a double click) or from another tab: the first one counts.
            TempData["Melding"] = "Uw antwoorden waren al bewaard.";
            return Redirect(Path);
        }

        switch (actie)
        {
            case "vorige":
                return Redirect($"{Path}?deel={Math.Max(Survey.Definition.NextShownSection(section, -1, given), 0) + 1}");
            case "volgende" or "versturen" when next >= 0:
                return Redirect($"{Path}?deel={next + 1}");
            case "versturen" or "volgende":
                if (FirstIncomplete(given) is { } incomplete)
                {
                    TempData["Melding"] = "Er ontbreekt nog een verplicht antwoord.";
                    return Redirect($"{Path}?deel={incomplete + 1}");
                }
                if (!await responses.SubmitAsync(Survey, response, me.Id, ct)) TempData["Melding"] = "U heeft deze vragenlijst al ingevuld. Bedankt!";
                return Redirect(Path);
            default:
                TempData["Melding"] = "Uw antwoorden zijn bewaard. U kunt later verder gaan waar u gebleven was.";
                token ??= Survey.Anonymous ? Request.Cookies[SurveyResponses.CookieName(Survey.Id)] : null;
                if (token is not null) TempData["Hervatten"] = $"{Request.Scheme}://{Request.Host}{Path}/hervat/{token}";
                return Redirect($"{Path}?deel={section + 1}");
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var survey = await db.Set<Survey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var loaded = await me.LoadAsync(ct);
        CanManage = survey is not null && SurveyPermissions.CanManage(loaded, survey.OrganisationId) == PlatformPermissions.Verdict.Allowed;
        if (survey is null || (!survey.Published && !CanManage) || survey.Definition.Sections.Count == 0) return NotFound();
        Survey = survey;
        Current = await responses.FindAsync(survey, me.Id, ct);
        if (Current?.SubmittedAt is not null) return null;
        var level = await verifier.LevelAsync(loaded, survey.AreaId, survey.ParentId, survey.AnswerLevel, ct);
        Refusal = SurveyPermissions.CanAnswer(survey, Organisation.Today, level, await responses.SubmittedByAsync(survey, me.Id, ct));
        NeedsLogin = Refusal is not null && loaded.User is null && level < survey.AnswerLevel;
        NeedsMore = Refusal is not null && loaded.User is not null && level < survey.AnswerLevel;
        return null;
    }

    /// <summary>The first section with a shown, required question left unanswered (after going back and clearing it).</summary>
    private int? FirstIncomplete(Dictionary<string, List<string>> given)
    {
        var hidden = Survey.Definition.Hidden(given);
        var at = Survey.Definition.Sections.FindIndex(s => s.Questions.Any(q => q.Required && !hidden.Contains(q.Key) && !given.ContainsKey(q.Key)));
        return at < 0 ? null : at;
    }

    private void Place(int section, Dictionary<string, List<string>> given)
    {
        var definition = Survey.Definition;
        Hidden = definition.Hidden(given);
        if (definition.Sections[section].Questions.All(q => Hidden.Contains(q.Key)))
            section = Math.Max(definition.NextShownSection(section, 1, given), Math.Max(definition.NextShownSection(section, -1, given), 0));
        Section = section;
        var shown = Enumerable.Range(0, definition.Sections.Count).Where(i => definition.Sections[i].Questions.Any(q => !Hidden.Contains(q.Key))).ToList();
        ShownSections = Math.Max(shown.Count, 1);
        SectionNumber = shown.IndexOf(section) + 1;
        IsFirst = definition.NextShownSection(section, -1, given) < 0;
        IsLast = definition.NextShownSection(section, 1, given) < 0;
    }
}
