using System.Globalization;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Scans;

/// <summary>
/// Builds the one anonymous survey a scan's four groups answer. The classification question comes first; each theme then
/// asks every group its own wording of the same statements (shown by the classification), so the question key alone says
/// which group an answer counts for (ADR 0017).
/// </summary>
internal static class ScanSurvey
{
    public const string RoleKey = "rol";
    public static readonly string[] AgreementScale = [.. SurveyQuestion.AgreementScale, "Weet niet"];
    public static readonly string[] ImportanceScale = ["Niet belangrijk", "Weinig belangrijk", "Neutraal", "Belangrijk", "Heel belangrijk", "Weet niet"];
    /// <summary>The column index of "weet niet": left out of every score.</summary>
    public const int DontKnow = 5;

    // Keys stay within the engine's ten characters: "t3n-raad" is theme 3, now, raadsleden; "t3b-raad" its importance.
    public static string CurrentKey(Theme theme, RespondentGroup group) => $"{theme.Key}n-{Code(group)}";
    public static string ImportanceKey(Theme theme, RespondentGroup group) => $"{theme.Key}b-{Code(group)}";
    public static string OpenKey(Theme theme) => $"{theme.Key}o";
    public static string CustomKey(int index) => $"e{index + 1}";

    /// <summary>Every key whose answers are scale columns: the classification, the statements and the own statements.</summary>
    public static List<string> ScaleKeys(QuestionnaireDefinition questionnaire) =>
        [RoleKey, .. questionnaire.Themes.SelectMany(t => Groups.All.SelectMany(g => new[] { CurrentKey(t, g), ImportanceKey(t, g) })),
            .. Enumerable.Range(0, Scan.MaxCustomQuestions).Select(CustomKey)];

    private static string Code(RespondentGroup group) => group switch
    {
        RespondentGroup.Inwoners => "inw",
        RespondentGroup.Raadsleden => "raad",
        RespondentGroup.Collegeleden => "col",
        _ => "amb",
    };

    public static Survey Build(Scan scan, QuestionnaireVersion version, Organisation organisation, DateTimeOffset now)
    {
        var survey = SurveysModule.Create($"Quick scan lokale democratie {organisation.Name}", "Quick scan lokale democratie",
            $"/{organisation.Slug}/quickscan/{scan.Id}", scan.Id, now);
        survey.Intro = "Deze vragenlijst gaat over hoe de lokale democratie werkt. Het invullen duurt ongeveer 15 minuten. "
            + "Uw antwoorden zijn anoniem: niemand kan zien wat u hebt ingevuld. U kunt tussendoor stoppen en later verdergaan.";
        survey.Anonymous = true;
        survey.OwnerManaged = true;
        survey.Opens = scan.Starts;
        survey.Closes = scan.Ends;
        var roles = Groups.Roles(organisation.Kind);
        var wording = Wording.For(organisation.Kind);
        var sections = new List<SurveySection>
        {
            new()
            {
                Key = "d1", Title = "Over u",
                Questions =
                [
                    new SurveyQuestion
                    {
                        Key = RoleKey, Type = QuestionType.EenKeuze, Required = true, Text = "Wat is uw rol?",
                        Help = "Kies wat het beste past. U krijgt daarna de vragen voor uw rol.",
                        Options = [.. roles.Select(r => r.Label)],
                    },
                ],
            },
        };
        var groups = scan.TargetGroups.Count > 0 ? scan.TargetGroups : [.. Groups.All];
        foreach (var theme in version.Definition.Themes)
        {
            var questions = new List<SurveyQuestion>();
            foreach (var group in groups)
            {
                var shownTo = new SurveyCondition
                {
                    QuestionKey = RoleKey,
                    AnyOf = [.. roles.Select((r, i) => (r, i)).Where(x => x.r.Group == group).Select(x => x.i.ToString(CultureInfo.InvariantCulture))],
                };
                questions.Add(new SurveyQuestion
                {
                    Key = CurrentKey(theme, group), Type = QuestionType.Matrix, Required = true, ShowIf = shownTo,
                    Text = "Hoe werkt het nu? Geef aan in hoeverre u het eens bent.", Options = [.. AgreementScale],
                    Rows = [.. theme.Current.Select(s => s.For(group, wording))],
                });
                questions.Add(new SurveyQuestion
                {
                    Key = ImportanceKey(theme, group), Type = QuestionType.Matrix, Required = true, ShowIf = shownTo,
                    Text = "Hoe belangrijk is het om dit te verbeteren?", Options = [.. ImportanceScale],
                    Rows = [.. theme.Improve.Select(s => s.For(group, wording))],
                });
            }
            questions.Add(new SurveyQuestion { Key = OpenKey(theme), Type = QuestionType.LangeTekst, Text = wording.Fill(theme.OpenQuestion), Help = "Niet verplicht." });
            sections.Add(new SurveySection { Key = $"d{sections.Count + 1}", Title = wording.Fill(theme.Title), Questions = questions });
        }
        if (scan.CustomQuestions.Count > 0)
            sections.Add(new SurveySection
            {
                Key = $"d{sections.Count + 1}", Title = $"Vragen van {wording.Organisatie}",
                Questions = [.. scan.CustomQuestions.Select((q, i) => new SurveyQuestion
                {
                    Key = CustomKey(i), Text = q.Scale ? "Geef aan in hoeverre u het eens bent." : q.Text, Type = q.Scale ? QuestionType.Matrix : QuestionType.LangeTekst,
                    Options = q.Scale ? [.. AgreementScale] : [], Rows = q.Scale ? [q.Text] : [],
                })],
            });
        survey.Definition = new SurveyDefinition { Sections = sections };
        return survey;
    }
}
