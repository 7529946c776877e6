using System.Globalization;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Demo;

/// <summary>
/// Sent-in responses to a scan's survey with a chosen tendency per group and theme (0 = helemaal oneens, 4 = helemaal
/// eens), for the demo and the benchmark. Seeded, so the same call gives the same answers.
/// </summary>
internal static class SyntheticResponses
{
    private static readonly string[] Examples =
    [
        "De avond in het buurthuis over het nieuwe plan was goed: we werden echt gehoord.",
        "Ik hoorde pas over het besluit toen het al genomen was.",
        "De griffie helpt goed, maar de stukken komen vaak laat.",
        "Online meedenken over de begroting werkte prima.",
    ];

    /// <param name="tendency">Mean answer (0-4) for a group and a theme key.</param>
    public static (List<SurveyResponse> Responses, List<SurveyAnswer> Answers) Create(
        Survey survey, QuestionnaireDefinition questionnaire, OrganisationKind kind, IReadOnlyDictionary<RespondentGroup, int> counts,
        Func<RespondentGroup, string, double> tendency, DateTimeOffset from, int seed)
    {
        var random = new Random(seed);
        var roles = Groups.Roles(kind);
        var responses = new List<SurveyResponse>();
        var answers = new List<SurveyAnswer>();
        var n = 0;
        foreach (var (group, count) in counts)
        {
            var groupRoles = roles.Select((r, i) => (r, i)).Where(x => x.r.Group == group).Select(x => x.i).ToList();
            for (var k = 0; k < count; k++, n++)
            {
                var at = from.AddMinutes(n * 37 % 20_000);
                var response = new SurveyResponse
                {
                    Id = Guid.NewGuid(), OrganisationId = survey.OrganisationId, SurveyId = survey.Id, Reached = survey.Definition.Sections.Count - 1,
                    StartedAt = at, UpdatedAt = at.AddMinutes(14), SubmittedAt = at.AddMinutes(15),
                };
                responses.Add(response);
                void Add(string key, int row, object value) => answers.Add(new SurveyAnswer
                {
                    OrganisationId = survey.OrganisationId, SurveyId = survey.Id, ResponseId = response.Id, QuestionKey = key, Row = row,
                    Value = Convert.ToString(value, CultureInfo.InvariantCulture)!,
                });
                Add(ScanSurvey.RoleKey, 0, groupRoles[k % groupRoles.Count]);
                foreach (var theme in questionnaire.Themes)
                {
                    var mean = tendency(group, theme.Key);
                    for (var row = 0; row < theme.Current.Count; row++) Add(ScanSurvey.CurrentKey(theme, group), row, Answer(random, mean));
                    // Weak themes matter more to people: importance leans the other way.
                    for (var row = 0; row < theme.Improve.Count; row++) Add(ScanSurvey.ImportanceKey(theme, group), row, Answer(random, 4.2 - mean * 0.6));
                    if (random.Next(12) == 0) Add(ScanSurvey.OpenKey(theme), 0, Examples[random.Next(Examples.Length)]);
                }
            }
        }
        return (responses, answers);
    }

    /// <summary>An answer around the mean; now and then "weet niet".</summary>
    private static int Answer(Random random, double mean) =>
        random.Next(15) == 0 ? ScanSurvey.DontKnow : (int)Math.Clamp(Math.Round(mean + (random.NextDouble() + random.NextDouble() - 1) * 1.6), 0, 4);
}
