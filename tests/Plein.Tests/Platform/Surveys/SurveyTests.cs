using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Platform.Surveys;
using Plein.Tests.Participation;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Surveys;

[Collection(AppCollection.Name)]
public sealed class SurveyTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static readonly string[] ProcessFields = ["Input.Title", "Input.Summary", "Input.Body", "Input.Level", "Input.Area"];

    private static Dictionary<string, string> Question(string type, string text, bool required = false, string options = "", string rows = "", string min = "", string max = "") => new()
    {
        ["Input.Type"] = type, ["Input.Text"] = text, ["Input.Required"] = required ? "true" : "false",
        ["Input.Options"] = options, ["Input.Rows"] = rows, ["Input.Min"] = min, ["Input.Max"] = max, ["Input.Help"] = "",
    };

    /// <summary>An ambtenaar builds a two-part survey in a new process, through the pages, and publishes it. Returns its address.</summary>
    internal static async Task<string> BuildSurveyAsync(PleinApp app, bool anonymous = true, string level = "Geen")
    {
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var manage = await staff.GetAsync(processUrl + "/beheer");
        var survey = await staff.SubmitAsync(manage, new Dictionary<string, string> { ["SurveyTitle"] = "Uw mening over spelen" }, "#vragenlijst");
        Assert.Contains("De vragenlijst is aangemaakt", survey.Text, StringComparison.Ordinal);
        var url = survey.Response.RequestMessage!.RequestUri!.AbsolutePath.Replace("/beheer", "", StringComparison.Ordinal);

        async Task AddAsync(string section, Dictionary<string, string> fields, string? showIf = null)
        {
            var form = await staff.GetAsync($"{url}/vragen/nieuw?deel={section}");
            if (showIf is not null) fields["Input.ShowIf"] = showIf;
            var done = await staff.SubmitAsync(form, fields, "#vraag");
            Assert.True(done.Text.Contains("De vraag is toegevoegd", StringComparison.Ordinal), string.Join(" | ", done.Document.QuerySelectorAll(".plein-error-summary li").Select(e => e.TextContent)));
        }

        await AddAsync("d1", Question("EenKeuze", "Speelt u vaak buiten?", required: true, options: "Ja\nSoms\nNee"));
        await AddAsync("d1", Question("Schaal", "Er is genoeg plek om te spelen.", required: true));
        await AddAsync("d1", Question("Getal", "Hoeveel kinderen heeft u?", min: "0", max: "20"));
        var page = await staff.GetAsync(url + "/beheer");
        page = await staff.SubmitAsync(page, new Dictionary<string, string> { ["Section.Title"] = "Meer over spelen", ["Section.Intro"] = "" }, "#deel-formulier");
        Assert.Contains("Het deel is toegevoegd", page.Text, StringComparison.Ordinal);
        await AddAsync("d2", Question("MeerKeuze", "Wat wilt u in de speeltuin?", required: true, options: "Schommel\nKlimrek\nZandbak\nWater", max: "2"));
        await AddAsync("d2", Question("KorteTekst", "Waarom speelt u niet buiten?", required: true), showIf: "v1:2");
        await AddAsync("d2", Question("Matrix", "Stellingen", rows: "De speeltuin is veilig.\nDe speeltuin is schoon."));
        await AddAsync("d2", Question("LangeTekst", "Nog iets?"));

        page = await staff.GetAsync(url + "/beheer");
        page = await staff.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Settings.Title"] = "Uw mening over spelen", ["Settings.Intro"] = "Vijf minuten.", ["Settings.AnswerLevel"] = level,
            ["Settings.Anonymous"] = anonymous ? "true" : "false", ["Settings.Opens"] = "", ["Settings.Closes"] = "", ["Settings.ResultsPublic"] = "true",
        }, "#instellingen");
        Assert.True(page.Text.Contains("De instellingen zijn opgeslagen", StringComparison.Ordinal), string.Join(" | ", page.Document.QuerySelectorAll(".plein-error-summary li").Select(e => e.TextContent)));
        page = await staff.SubmitAsync(page, new Dictionary<string, string>(), "form[action$='handler=Publish']");
        Assert.Contains("De vragenlijst is gepubliceerd", page.Text, StringComparison.Ordinal);
        return url;
    }

    private static async Task<HtmlClient.Page> AnswerAsync(HtmlClient client, HtmlClient.Page page, Dictionary<string, string> answers, string action) =>
        await client.SubmitAsync(page, new Dictionary<string, string>(answers) { ["actie"] = action }, "#vragenlijst");

    [Theory, MemberData(nameof(Providers))]
    public async Task AResidentAnswersInPartsResumesLaterAndSeesTheResults(string provider)
    {
        var app = apps[provider];
        var url = await BuildSurveyAsync(app);
        using var resident = app.Client();
        var page = await resident.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Deel 1 van 2", page.Text, StringComparison.Ordinal);

        // Required answers missing, and a number that is not one: Dutch messages next to the questions, nothing stored.
        var wrong = await AnswerAsync(resident, page, new() { ["v3"] = "veel" }, "volgende");
        Assert.True(wrong.FieldError("v1") == "Kies een antwoord.", wrong.Status + wrong.Response.RequestMessage!.RequestUri!.ToString() + wrong.Html);
        Assert.Equal("Vul een getal in, bijvoorbeeld 12 of 3,5.", wrong.FieldError("v3"));
        Assert.Equal("veel", wrong.Value("v3"));
        Assert.Equal(0, app.WithDb(db => db.Set<SurveyResponse>().Count(r => r.SurveyId == IdOf(url))));

        // "Nee" makes the follow-up question in part 2 appear; save and stop halfway.
        var second = await AnswerAsync(resident, wrong, new() { ["v1"] = "2", ["v2"] = "1", ["v3"] = "3,5" }, "volgende");
        Assert.Contains("Deel 2 van 2", second.Text, StringComparison.Ordinal);
        Assert.NotNull(second.Document.QuerySelector("[name=v5]"));
        var saved = await AnswerAsync(resident, second, new() { ["v4"] = "1" }, "opslaan");
        Assert.Contains("Uw antwoorden zijn bewaard", saved.Text, StringComparison.Ordinal);
        var resume = saved.Document.QuerySelector(".plein-code")!.TextContent.Trim();
        Assert.Contains("/hervat/", resume, StringComparison.Ordinal);

        // On another device, the resume link brings back what was given.
        using var laptop = app.Client();
        var back = await laptop.GetAsync(new Uri(resume).AbsolutePath);
        Assert.Contains("Deel 2 van 2", back.Text, StringComparison.Ordinal);
        Assert.True(back.Document.QuerySelector("[name=v4][value='1']")!.HasAttribute("checked"));
        using var stranger = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url + "/hervat/geen-echte-code", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url + "/hervat/" + new string('x', 300), follow: false)).Status);
        var tooMany = await laptop.SubmitAsync(back, new Dictionary<string, string> { ["actie"] = "versturen", ["v5"] = "Geen tijd" }, "#vragenlijst");
        // Three choices where two are allowed is refused (the form posts v4 three times).
        var three = await laptop.PostAsync(tooMany.Response.RequestMessage!.RequestUri!.PathAndQuery,
            [new("__RequestVerificationToken", tooMany.Document.QuerySelector("#vragenlijst [name=__RequestVerificationToken]")!.GetAttribute("value")!),
             new("deel", "2"), new("actie", "versturen"), new("v4", "0"), new("v4", "1"), new("v4", "2"), new("v5", "Geen tijd")]);
        Assert.Equal("Kies hoogstens 2 antwoorden.", three.FieldError("v4"));
        var done = await AnswerAsync(laptop, three, new() { ["v4"] = "0", ["v5"] = "Geen tijd", ["v6.r0"] = "3", ["v6.r1"] = "4", ["v7"] = "" }, "versturen");
        Assert.Contains("Bedankt! Uw antwoorden zijn verstuurd.", done.Text, StringComparison.Ordinal);

        var stored = app.WithDb(db => db.Set<SurveyAnswer>().IgnoreQueryFilters().Where(a => a.SurveyId == IdOf(url)).Select(a => a.QuestionKey + "=" + a.Value).ToList());
        Assert.Contains("v3=3.5", stored);
        Assert.Contains("v5=Geen tijd", stored);
        Assert.Null(app.WithDb(db => db.Set<SurveyResponse>().IgnoreQueryFilters().Single(r => r.SurveyId == IdOf(url)).UserId));

        var results = await resident.GetAsync(url + "/resultaten");
        Assert.Contains("1 mensen hebben de vragenlijst ingevuld.", results.Text, StringComparison.Ordinal);
        var rows = results.Document.QuerySelectorAll("#vraag-v1 ~ figure tbody tr, section[aria-labelledby=vraag-v1] tbody tr").Select(r => r.TextContent.Replace("\n", " ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, r => r.Contains("Nee", StringComparison.Ordinal) && r.Contains('1') && r.Contains("100", StringComparison.Ordinal));
        Assert.NotNull(results.Document.QuerySelector("section[aria-labelledby=vraag-v1] svg[role=img] title"));
        Assert.Contains("Open antwoorden zijn alleen zichtbaar voor medewerkers", results.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen tijd", results.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ASkippedConditionHidesTheQuestionAndItsAnswerIsDropped(string provider)
    {
        var app = apps[provider];
        var url = await BuildSurveyAsync(app);
        using var resident = app.Client();
        var page = await resident.GetAsync(url);
        // First "Nee" (v5 shown and answered), then back to part 1 to choose "Ja": v5 disappears and is not kept.
        page = await AnswerAsync(resident, page, new() { ["v1"] = "2", ["v2"] = "3" }, "volgende");
        page = await AnswerAsync(resident, page, new() { ["v4"] = "1", ["v5"] = "Te druk" }, "vorige");
        Assert.Contains("Deel 1 van 2", page.Text, StringComparison.Ordinal);
        page = await AnswerAsync(resident, page, new() { ["v1"] = "0", ["v2"] = "3" }, "volgende");
        Assert.Null(page.Document.QuerySelector("[name=v5]"));
        page = await AnswerAsync(resident, page, new() { ["v4"] = "1" }, "versturen");
        Assert.Contains("Bedankt!", page.Text, StringComparison.Ordinal);
        var keys = app.WithDb(db => db.Set<SurveyAnswer>().IgnoreQueryFilters().Where(a => a.SurveyId == IdOf(url)).Select(a => a.QuestionKey).ToList());
        Assert.DoesNotContain("v5", keys);
        Assert.Contains("v4", keys);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ALinkedSurveyNeedsAnAccountAndTakesOneResponsePerPerson(string provider)
    {
        var app = apps[provider];
        var url = await BuildSurveyAsync(app, anonymous: false, level: "BevestigdEmail");
        using var anonymous = app.Client();
        var refused = await anonymous.GetAsync(url);
        Assert.Contains("Hiervoor moet u inloggen.", refused.Text, StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector("#vragenlijst"));

        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var page = await resident.GetAsync(url);
        page = await AnswerAsync(resident, page, new() { ["v1"] = "0", ["v2"] = "4" }, "volgende");
        page = await AnswerAsync(resident, page, new() { ["v4"] = "3" }, "versturen");
        Assert.Contains("Bedankt!", page.Text, StringComparison.Ordinal);
        var again = await resident.GetAsync(url);
        Assert.Null(again.Document.QuerySelector("#vragenlijst"));
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("inwoner", "zwolle")).Id);
        Assert.Equal(userId, app.WithDb(db => db.Set<SurveyResponse>().IgnoreQueryFilters().Single(r => r.SurveyId == IdOf(url)).UserId));

        // Staff see the name in the export; the questions are now locked.
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var csv = await staff.Http.GetStringAsync(new Uri(url + "/export.csv", UriKind.Relative));
        Assert.Contains("Naam", csv, StringComparison.Ordinal);
        Assert.Contains("Water", csv, StringComparison.Ordinal);
        var edit = await staff.GetAsync(url + "/vragen/v1");
        Assert.Contains("de vragen liggen vast", edit.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnAnonymousSurveyWithAccountsStillTakesOneResponsePerPersonWithoutLinkingIt(string provider)
    {
        var app = apps[provider];
        var url = await BuildSurveyAsync(app, anonymous: true, level: "BevestigdEmail");
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var page = await resident.GetAsync(url);
        page = await AnswerAsync(resident, page, new() { ["v1"] = "1", ["v2"] = "2" }, "volgende");
        page = await AnswerAsync(resident, page, new() { ["v4"] = "0" }, "versturen");
        Assert.Contains("Bedankt!", page.Text, StringComparison.Ordinal);
        // A fresh browser of the same person cannot answer again.
        using var phone = app.Client();
        await phone.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var again = await phone.GetAsync(url);
        Assert.Contains("U heeft deze vragenlijst al ingevuld", again.Text, StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.Set<SurveyResponse>().IgnoreQueryFilters().Single(r => r.SurveyId == IdOf(url)).UserId));
        Assert.Equal(1, app.WithDb(db => db.Set<SurveyParticipant>().IgnoreQueryFilters().Count(p => p.SurveyId == IdOf(url))));
    }

    [Fact]
    public async Task ASurveyInAProcessWithAnAreaAcceptsOnlyResidentsOfThatArea()
    {
        var app = apps[PleinApp.Sqlite];
        var url = await BuildSurveyAsync(app, anonymous: true, level: "PostcodeInGebied");
        var surveyId = IdOf(url);
        var processId = app.WithDb(db => db.National<Survey>().Single(s => s.Id == surveyId).ParentId!.Value);
        var assendorp = app.WithDb(db => db.National<global::Plein.Platform.Verification.Census.CensusArea>().Single(a => a.Name == "Assendorp").Id);
        // Staff give the process an area; its surveys follow.
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var manage = await staff.GetAsync($"/zwolle/participatie/{processId}/beheer");
        var fields = HtmlClient.Values(manage, ProcessFields);
        fields["Input.CensusAreaId"] = assendorp.ToString();
        Assert.Contains("De gegevens zijn opgeslagen", (await staff.SubmitAsync(manage, fields, "#gegevens")).Text, StringComparison.Ordinal);
        Assert.Equal(assendorp, app.WithDb(db => db.National<Survey>().Single(s => s.Id == surveyId).AreaId));

        // An address in another area of Zwolle is not enough; one in Assendorp is.
        var zwolle = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle").Id);
        var user = app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("wethouder", "zwolle") || u.Email == Demo.Email("collegelid", "zwolle")).Id);
        app.WithDb(db =>
        {
            var elders = new global::Plein.Platform.Verification.Census.CensusArea { Id = Guid.NewGuid(), OrganisationId = zwolle, Name = "Elders " + Guid.NewGuid().ToString("N")[..4], AddressCount = 1, UploadedAt = DateTimeOffset.UtcNow };
            db.Add(elders);
            db.Add(new global::Plein.Platform.Verification.Census.CensusAddress { OrganisationId = zwolle, AreaId = elders.Id, Postcode = "8000ZZ", HouseNumber = 1 });
            db.National<global::Plein.Platform.Verification.Census.AddressVerification>().Where(v => v.UserId == user).ExecuteDelete();
            db.Add(new global::Plein.Platform.Verification.Census.AddressVerification { Id = Guid.NewGuid(), OrganisationId = zwolle, UserId = user, Postcode = "8000ZZ", HouseNumber = 1, VerifiedAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });
        using var resident = app.Client();
        await resident.SignInAsync(app.WithDb(db => db.Users.Single(u => u.Id == user).Email!));
        var refused = await resident.GetAsync(url);
        Assert.Contains("Voor deze vragenlijst is een postcode in het gebied nodig.", refused.Text, StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector("#vragenlijst"));
        app.WithDb(db => db.National<global::Plein.Platform.Verification.Census.AddressVerification>().Where(v => v.UserId == user)
            .ExecuteUpdate(s => s.SetProperty(v => v.Postcode, "8012BA").SetProperty(v => v.HouseNumber, 3)));
        Assert.NotNull((await resident.GetAsync(url)).Document.QuerySelector("#vragenlijst"));
        app.WithDb(db => db.National<global::Plein.Platform.Verification.Census.AddressVerification>().Where(v => v.UserId == user).ExecuteDelete());
    }

    [Fact]
    public async Task StaffExportStreamsCsvAndXlsxAndOthersAreRefused()
    {
        var app = apps[PleinApp.Sqlite];
        var url = await BuildSurveyAsync(app);
        using var resident = app.Client();
        var page = await resident.GetAsync(url);
        page = await AnswerAsync(resident, page, new() { ["v1"] = "2", ["v2"] = "0", ["v3"] = "7" }, "volgende");
        // The same part sent ten times at once (a nervous double click): stored once.
        var token = page.Document.QuerySelector("#vragenlijst [name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => resident.PostAsync(page.Response.RequestMessage!.RequestUri!.PathAndQuery,
            [new("__RequestVerificationToken", token), new("deel", "2"), new("actie", "opslaan"), new("v4", "1"), new("v7", "Nog iets")])));
        // Which post shows which notice depends on how the shared TempData cookie races; none may fail.
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Equal(1, app.WithDb(db => db.Set<SurveyAnswer>().IgnoreQueryFilters().Count(a => a.SurveyId == IdOf(url) && a.QuestionKey == "v4")));
        Assert.Equal(1, app.WithDb(db => db.Set<SurveyAnswer>().IgnoreQueryFilters().Count(a => a.SurveyId == IdOf(url) && a.QuestionKey == "v7")));
        page = await resident.GetAsync(url + "?deel=2");
        await AnswerAsync(resident, page, new() { ["v4"] = "0", ["v5"] = "Het is er vies; \"echt\"", ["v6.r0"] = "0", ["v7"] = "=HYPERLINK(\"http://x\")" }, "versturen");

        Assert.Equal(HttpStatusCode.Unauthorized, (await resident.Http.GetAsync(new Uri(url + "/export.csv", UriKind.Relative))).StatusCode);
        using var other = app.Client();
        await other.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(new Uri(url + "/export.xlsx", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url + "/beheer", follow: false)).Status);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var csv = await staff.Http.GetStringAsync(new Uri(url + "/export.csv", UriKind.Relative));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Nummer;Verstuurd;Speelt u vaak buiten?;", lines[0], StringComparison.Ordinal);
        Assert.Contains("Stellingen – De speeltuin is veilig.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(";Nee;Helemaal oneens;7;Schommel;\"Het is er vies; \"\"echt\"\"\";Helemaal oneens;;", lines[1][lines[1].IndexOf(";Nee", StringComparison.Ordinal)..], StringComparison.Ordinal);
        // A formula typed by a resident is escaped, so Excel shows it as text.
        Assert.DoesNotContain(";=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(";\"=HYPERLINK", lines[1], StringComparison.Ordinal);

        var xlsx = await staff.Http.GetAsync(new Uri(url + "/export.xlsx", UriKind.Relative));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheet = await new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open()).ReadToEndAsync();
        Assert.Contains("Speelt u vaak buiten?", sheet, StringComparison.Ordinal);
        Assert.Contains("Schommel", sheet, StringComparison.Ordinal);
        Assert.Contains("<v>7</v>", sheet, StringComparison.Ordinal);

        var results = await staff.GetAsync(url + "/resultaten");
        Assert.Contains("Het is er vies", results.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionIsCheckedBeforeItIsAdded()
    {
        var app = apps[PleinApp.Sqlite];
        var url = await BuildSurveyAsync(app);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        // No answers yet, so questions may still change.
        var form = await staff.GetAsync(url + "/vragen/nieuw?deel=d2");
        var page = await staff.SubmitAsync(form, Question("EenKeuze", "Welke kleur?", options: "Rood"), "#vraag");
        Assert.Equal("Geef 2 tot 30 antwoorden, elk op een eigen regel.", page.FieldError("Input.Options"));
        Assert.Equal("Welke kleur?", page.Value("Input.Text"));
        page = await staff.SubmitAsync(page, new Dictionary<string, string>(Question("Getal", "Leeftijd", min: "10", max: "5")) { ["Input.ShowIf"] = "v1:0" }, "#vraag");
        Assert.Equal("Het hoogste getal is kleiner dan het laagste.", page.FieldError("Input.Max"));
        page = await staff.SubmitAsync(page, new Dictionary<string, string>(Question("Getal", "Leeftijd")) { ["Input.ShowIf"] = "v4:0" }, "#vraag");
        Assert.Equal("Kies antwoorden uit de lijst.", page.FieldError("Input.ShowIf"));
        var definition = app.WithDb(db => db.Set<Survey>().IgnoreQueryFilters().Single(s => s.Id == IdOf(url)).Definition);
        Assert.Equal(7, definition.Questions.Count());
        // A question another depends on cannot go.
        var manage = await staff.GetAsync(url + "/beheer");
        var refused = await staff.PostAsync(url + "/beheer?handler=RemoveQuestion",
            [new("__RequestVerificationToken", manage.Document.QuerySelector("[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("key", "v1")]);
        Assert.Contains("Een andere vraag hangt af van deze vraag", refused.Text, StringComparison.Ordinal);
    }

    private static Guid IdOf(string url) => Guid.Parse(url.Split('/')[3]);
}
