using System.Globalization;
using Plein.Platform.Surveys;

namespace Plein.Participation.Demo;

/// <summary>
/// Demo surveys: one in the Assendorp green plan with every question type, a condition and 36 sent-in responses, and a
/// draft for the playground that staff are still writing.
/// </summary>
internal static class DemoSurveys
{
    private static readonly string[] Places = ["Het pleintje bij de bakker", "Bij de school", "De hoek bij het bushokje", "Voor de flat"];

    public static (Survey Survey, List<SurveyResponse> Responses, List<SurveyAnswer> Answers) Green(Guid organisationId, Process process, string slug, DateTimeOffset now)
    {
        var survey = SurveysModule.Create("Groen in uw straat", process.Title, $"/{slug}/participatie/{process.Id}", process.Id, now.AddDays(-14));
        survey.OrganisationId = organisationId;
        survey.Intro = "Het invullen duurt ongeveer 5 minuten. Uw antwoorden zijn anoniem. U kunt tussendoor stoppen en later verder gaan.";
        survey.Published = true;
        survey.ResultsPublic = true;
        survey.Definition = new SurveyDefinition
        {
            Sections =
            [
                new SurveySection
                {
                    Key = "d1", Title = "Uw straat nu", Questions =
                    [
                        new SurveyQuestion { Key = "v1", Type = QuestionType.EenKeuze, Text = "Hoe groen vindt u uw straat?", Required = true, Options = ["Heel groen", "Groen genoeg", "Te weinig groen", "Helemaal niet groen"] },
                        new SurveyQuestion { Key = "v2", Type = QuestionType.Schaal, Text = "Op hete dagen is het in mijn straat goed uit te houden.", Required = true },
                        new SurveyQuestion { Key = "v3", Type = QuestionType.Getal, Text = "Hoeveel bomen staan er ongeveer in uw straat?", Help = "Een schatting is goed.", Min = 0, Max = 500 },
                    ],
                },
                new SurveySection
                {
                    Key = "d2", Title = "Wat kan beter?", Questions =
                    [
                        new SurveyQuestion { Key = "v4", Type = QuestionType.MeerKeuze, Text = "Wat wilt u meer zien?", Help = "Kies er hoogstens drie.", Required = true, Max = 3, Options = ["Bomen", "Bloemen en planten", "Gras in plaats van tegels", "Groene daken", "Water"] },
                        new SurveyQuestion { Key = "v5", Type = QuestionType.KorteTekst, Text = "Welke plek in uw straat moet als eerste groener?", ShowIf = new SurveyCondition { QuestionKey = "v1", AnyOf = ["2", "3"] } },
                        new SurveyQuestion { Key = "v6", Type = QuestionType.Matrix, Text = "Wat vindt u van deze stellingen?", Rows = ["Ik wil zelf helpen met planten.", "De gemeente moet het onderhoud doen.", "Een boom voor de deur mag een parkeerplek kosten."] },
                        new SurveyQuestion { Key = "v7", Type = QuestionType.LangeTekst, Text = "Wilt u nog iets kwijt?" },
                    ],
                },
            ],
        };

        var random = new Random(2026);
        var responses = new List<SurveyResponse>();
        var answers = new List<SurveyAnswer>();
        for (var n = 0; n < 36; n++)
        {
            var at = now.AddDays(-13).AddHours(n * 8);
            var response = new SurveyResponse { Id = Guid.NewGuid(), OrganisationId = organisationId, SurveyId = survey.Id, Reached = 1, StartedAt = at, UpdatedAt = at, SubmittedAt = at.AddMinutes(6) };
            responses.Add(response);
            void Add(string key, int row, object value) => answers.Add(new SurveyAnswer
            {
                OrganisationId = organisationId, SurveyId = survey.Id, ResponseId = response.Id, QuestionKey = key, Row = row,
                Value = Convert.ToString(value, CultureInfo.InvariantCulture)!,
            });
            var green = Math.Min(3, random.Next(4) + (n % 3 == 0 ? 1 : 0));
            Add("v1", 0, green);
            Add("v2", 0, Math.Clamp(4 - green + random.Next(-1, 2), 0, 4));
            if (n % 4 != 0) Add("v3", 0, random.Next(0, 40));
            foreach (var choice in Enumerable.Range(0, 5).OrderBy(_ => random.Next()).Take(1 + random.Next(3))) Add("v4", 0, choice);
            if (green >= 2 && n % 2 == 0) Add("v5", 0, Places[n % 4]);
            for (var row = 0; row < 3; row++) Add("v6", row, Math.Clamp(2 + random.Next(-2, 3), 0, 4));
            if (n % 6 == 0) Add("v7", 0, "Mooi dat we mee mogen denken. Graag ook aandacht voor de bankjes.");
        }
        return (survey, responses, answers);
    }

    public static Survey PlaygroundDraft(Guid organisationId, Process process, string slug, DateTimeOffset now)
    {
        var survey = SurveysModule.Create("Wat wil jij in de speeltuin?", process.Title, $"/{slug}/participatie/{process.Id}", process.Id, now.AddDays(-2));
        survey.OrganisationId = organisationId;
        survey.Intro = "Voor kinderen en hun ouders. Het invullen duurt 2 minuten.";
        survey.Definition.Sections[0].Questions.AddRange(
        [
            new SurveyQuestion { Key = "v1", Type = QuestionType.MeerKeuze, Text = "Waar speel je het liefst mee?", Required = true, Options = ["Schommel", "Glijbaan", "Klimrek", "Zandbak", "Water"] },
            new SurveyQuestion { Key = "v2", Type = QuestionType.Getal, Text = "Hoe oud ben je?", Min = 2, Max = 99 },
        ]);
        return survey;
    }
}
