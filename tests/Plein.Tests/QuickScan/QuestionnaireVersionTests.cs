using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Tests.QuickScan;

/// <summary>Programme staff make a new version of the national questionnaire as a concept, edit a theme and publish it.</summary>
[Collection(AppCollection.Name)]
public sealed class QuestionnaireVersionTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    /// <summary>Every field of the theme form as a browser would post it, with some changed.</summary>
    private static Dictionary<string, string> Form(HtmlClient.Page page, Dictionary<string, string> changes)
    {
        var names = page.Document.QuerySelectorAll("#thema textarea, #thema input:not([type=hidden])").Select(e => e.GetAttribute("name")!).ToArray();
        var values = HtmlClient.Values(page, names);
        foreach (var (name, value) in changes) values[name] = value;
        return values;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AConceptIsEditedWithClearMessagesAndPublishedForNewScans(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        try
        {
            var list = await staff.GetAsync("/quickscan/vragenlijst");
            Assert.Contains("In gebruik", list.Text, StringComparison.Ordinal);
            var concept = await staff.SubmitAsync(list, new Dictionary<string, string>(), "#nieuwe-versie");
            Assert.Contains("Het concept is gemaakt", concept.Text, StringComparison.Ordinal);
            Assert.Equal("/quickscan/vragenlijst/2", concept.Response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Er is al een concept", (await staff.SubmitAsync(list, new Dictionary<string, string>(), "#nieuwe-versie")).Text, StringComparison.Ordinal);

            // Bad input: every problem next to its field, everything typed kept, nothing stored.
            var edit = await staff.GetAsync("/quickscan/vragenlijst/2/thema/t1");
            var original = edit.Value("Input.Current[0].Text");
            var longQuestion = new string('x', 301);
            var refused = await staff.SubmitAsync(edit, Form(edit, new()
            {
                ["Input.Title"] = "", ["Input.Current[0].Text"] = "De {burgemeester} luistert.", ["Input.OpenQuestion"] = longQuestion, ["Input.Tips"] = "",
                ["Input.Improve[0].Text"] = "", ["Input.Improve[1].Text"] = "", ["Input.Improve[2].Text"] = "", ["Input.Improve[3].Inwoners"] = "Alleen voor inwoners",
            }), "#thema");
            Assert.Equal("Vul een titel in.", refused.FieldError("Input.Title"));
            Assert.Equal("Gebruik tussen accolades alleen {raad}, {college} of {organisatie}.", refused.FieldError("Input.Current[0].Text"));
            Assert.Equal("Gebruik hoogstens 300 tekens.", refused.FieldError("Input.OpenQuestion"));
            Assert.Equal("Geef 1 tot en met 6 tips, elk op een eigen regel.", refused.FieldError("Input.Tips"));
            Assert.Equal("Geef 2 tot en met 8 stellingen. Een lege stelling valt weg.", refused.FieldError("Input.Improve[0].Text"));
            Assert.Equal("Vul ook de tekst voor iedereen in, of maak alle vakken van deze stelling leeg.", refused.FieldError("Input.Improve[3].Text"));
            Assert.Equal("De {burgemeester} luistert.", refused.Value("Input.Current[0].Text"));
            Assert.Equal(longQuestion, refused.Value("Input.OpenQuestion"));
            Assert.Equal(original, app.WithDb(db => db.Set<QuestionnaireVersion>().Single(v => v.Number == 2)).Definition.Themes[0].Current[0].Text);

            // A new statement in the empty last row, with its own wording for residents; the first improvement removed.
            var saved = await staff.SubmitAsync(edit, Form(edit, new()
            {
                ["Input.Title"] = "Een sterke volksvertegenwoordiging",
                ["Input.Current[4].Text"] = "Leden van {raad} zijn goed bereikbaar.",
                ["Input.Current[4].Inwoners"] = "Ik kan leden van {raad} makkelijk bereiken.",
                ["Input.Improve[0].Text"] = "",
            }), "#thema");
            Assert.Contains("Het thema is opgeslagen.", saved.Text, StringComparison.Ordinal);
            Assert.Contains("Ik kan leden van {raad} makkelijk bereiken.", saved.Text, StringComparison.Ordinal);
            var theme = app.WithDb(db => db.Set<QuestionnaireVersion>().Single(v => v.Number == 2)).Definition.Themes[0];
            Assert.Equal(("Een sterke volksvertegenwoordiging", 5, 2), (theme.Title, theme.Current.Count, theme.Improve.Count));

            // Only programme staff.
            using var clerk = app.Client();
            await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/quickscan/vragenlijst", follow: false)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/quickscan/vragenlijst/2/thema/t1", follow: false)).Status);

            // Published: current for new scans, frozen, and the survey a new scan builds asks the new statement.
            var published = await staff.SubmitAsync(saved, new Dictionary<string, string>(), "#publiceren");
            Assert.Contains("De versie is gepubliceerd", published.Text, StringComparison.Ordinal);
            Assert.Null(published.Document.QuerySelector("#thema, #publiceren"));
            Assert.Contains("Een gepubliceerde versie verandert niet meer", (await staff.GetAsync("/quickscan/vragenlijst/2/thema/t1")).Text, StringComparison.Ordinal);
            var rows = (await staff.GetAsync("/quickscan/vragenlijst")).Document.QuerySelectorAll("tbody tr").Select(r => r.Children[1].TextContent.Trim()).ToList();
            Assert.Equal(["In gebruik", "Vorige versie"], rows);
            var current = app.WithDb(db => NationalQuestionnaire.CurrentAsync(db, CancellationToken.None).GetAwaiter().GetResult());
            Assert.Equal(2, current.Number);
            var gemeente = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle"));
            var survey = ScanSurvey.Build(new Scan { Id = Guid.NewGuid() }, current, gemeente, DateTimeOffset.UtcNow);
            Assert.Contains("Ik kan leden van de gemeenteraad makkelijk bereiken.", survey.Definition.Find("t1n-inw")!.Rows);
            Assert.Contains("Leden van de gemeenteraad zijn goed bereikbaar.", survey.Definition.Find("t1n-raad")!.Rows);
        }
        finally
        {
            // Other tests expect version 1 as the current one.
            app.WithDb(db =>
            {
                db.Set<QuestionnaireVersion>().Where(v => v.Number > 1).ExecuteDelete();
                db.Set<QuestionnaireVersion>().Where(v => v.Number == 1).ExecuteUpdate(s => s.SetProperty(v => v.Current, true));
                return 0;
            });
        }
    }
}
