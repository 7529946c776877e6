using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Platform.Surveys;
using Plein.QuickScan.Scans;
using Plein.Tests.Support;

namespace Plein.Tests.QuickScan;

/// <summary>A whole scan in a water board, through the pages: registration to a shared verbeteragenda.</summary>
[Collection(AppCollection.Name)]
public sealed class QuickScanFlowTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;
    private const string Org = "waterschap-drents-overijsselse-delta";
    private static readonly string[] AllGroups = ["inwoners", "raadsleden", "collegeleden", "ambtenaren"];
    private static string Day(int offset) => DateTime.UtcNow.Date.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Answers every part of the survey: the given role, the same column in every statement, then sends it in.</summary>
    internal static async Task<HtmlClient.Page> AnswerAllAsync(HtmlClient client, string landing, int role, string column, bool send = true)
    {
        var start = await client.GetAsync(landing);
        var page = await client.GetAsync(start.Document.QuerySelector("main a[href*='/vragenlijsten/']")!.GetAttribute("href")!);
        return await AnswerFromAsync(client, page, role, column, send);
    }

    /// <summary>As <see cref="AnswerAllAsync"/>, from the survey's first page.</summary>
    internal static async Task<HtmlClient.Page> AnswerFromAsync(HtmlClient client, HtmlClient.Page page, int role, string column, bool send = true)
    {
        page = await client.SubmitAsync(page, new Dictionary<string, string> { ["rol"] = role.ToString(CultureInfo.InvariantCulture), ["actie"] = "volgende" }, "#vragenlijst");
        for (var part = 0; part < 20; part++)
        {
            var form = page.Document.QuerySelector("#vragenlijst")!;
            var answers = form.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToDictionary(n => n, _ => column);
            var last = form.QuerySelector("button[name=actie][value=versturen]") is not null;
            if (last && !send) return page;
            answers["actie"] = last ? "versturen" : "volgende";
            page = await client.SubmitAsync(page, answers, "#vragenlijst");
            if (last) return page;
        }
        throw new InvalidOperationException("The survey did not end.");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AWaterBoardRunsAScanFromRegistrationToAnAgendaSharedWithTheProgramme(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "wdodelta"));

        // Registration needs the processing agreement.
        var list = await staff.GetAsync($"/{Org}/quickscan");
        var refused = await staff.SubmitAsync(list, new Dictionary<string, string>(), "#aanmelden");
        Assert.Contains("Ga akkoord met de verwerkersovereenkomst", refused.Text, StringComparison.Ordinal);
        var scanPage = await staff.SubmitAsync(refused, new Dictionary<string, string> { ["Agreement"] = "true" }, "#aanmelden");
        Assert.Contains("De quick scan is aangemeld", scanPage.Text, StringComparison.Ordinal);
        var path = scanPage.Response.RequestMessage!.RequestUri!.AbsolutePath;
        var id = Guid.Parse(path.Split('/')[^1]);
        Assert.Contains("Er loopt al een quick scan", (await staff.SubmitAsync(await staff.GetAsync($"/{Org}/quickscan"),
            new Dictionary<string, string> { ["Agreement"] = "true" }, "#aanmelden")).Text, StringComparison.Ordinal);

        // Start conversation: bad input is explained and kept; then the agreed period and groups.
        var start = await staff.GetAsync(path + "/startgesprek");
        var wrong = await staff.SubmitAsync(start, new Dictionary<string, string>
        {
            ["Input.Starts"] = Day(10), ["Input.Ends"] = Day(2), ["Input.Trekker"] = "", ["Input.Groups"] = "inwoners", ["Input.StaffAddresses"] = "griffie@wdod.example\ngeen-adres",
        }, "#startgesprek");
        Assert.Equal("Een van deze e-mailadressen is niet geldig. Zet elk adres op een eigen regel.", wrong.FieldError("Input.StaffAddresses"));
        Assert.Equal("De laatste dag ligt voor de eerste dag.", wrong.FieldError("Input.Ends"));
        Assert.Equal("Vul in wie de scan trekt.", wrong.FieldError("Input.Trekker"));
        Assert.Contains("Kies minstens twee groepen", wrong.Text, StringComparison.Ordinal);
        Assert.Equal(Day(10), wrong.Value("Input.Starts"));
        Assert.Equal(ScanState.Aangemeld, app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Single(s => s.Id == id).State));
        // The form posts one value per ticked group.
        var fresh = await staff.GetAsync(path + "/startgesprek");
        scanPage = await staff.PostAsync(path + "/startgesprek",
        [
            new("__RequestVerificationToken", fresh.Document.QuerySelector("#startgesprek [name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.Starts", Day(-1)), new("Input.Ends", Day(20)), new("Input.Trekker", "De griffier"), new("Input.SteeringGroup", "Twee AB-leden"),
            new("Input.CouncilAddresses", $"ab-{provider}@wdod.example"), new("Input.StaffAddresses", $"griffie-{provider}@wdod.example; secretaris-{provider}@wdod.example"),
            .. AllGroups.Select(g => new KeyValuePair<string, string>("Input.Groups", g)),
        ]);
        Assert.Contains("Het startgesprek is vastgelegd", scanPage.Text, StringComparison.Ordinal);

        // Own questions: one statement, one open question, two left empty.
        var own = await staff.GetAsync(path + "/eigen-vragen");
        scanPage = await staff.SubmitAsync(own, new Dictionary<string, string>
        {
            ["Input[0].Text"] = "Het waterschap is goed bereikbaar.", ["Input[0].Kind"] = "stelling",
            ["Input[1].Text"] = "Wat moet het waterschap anders doen?", ["Input[1].Kind"] = "open",
        }, "#eigen-vragen");
        Assert.Contains("Eigen vragen (2 van 4)", scanPage.Text, StringComparison.Ordinal);

        var codes = await ResidentLetterChecks.MakeLettersAsync(app, staff, path);

        scanPage = await staff.SubmitAsync(await staff.GetAsync(path), new Dictionary<string, string>(), "#openstellen");
        Assert.Contains("De vragenlijst is open en Plein stuurt de uitnodigingen", scanPage.Text, StringComparison.Ordinal);
        var invitation = await app.Smtp.WaitForMailToAsync($"ab-{provider}@wdod.example");
        Assert.Contains($"{path}/voor/raadsleden", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{path}/voor/ambtenaren", (await app.Smtp.WaitForMailToAsync($"griffie-{provider}@wdod.example")).TextBody, StringComparison.Ordinal);
        scanPage = await staff.SubmitAsync(scanPage, new Dictionary<string, string>(), "#herinneren");
        Assert.Contains("Plein stuurt de herinneringen per e-mail.", scanPage.Text, StringComparison.Ordinal);
        Assert.Contains("De herinnering is al gestuurd", (await staff.SubmitAsync(await staff.GetAsync(path), new Dictionary<string, string>(), "#herinneren")).Text, StringComparison.Ordinal);
        foreach (var who in new[] { "ab", "griffie", "secretaris" })
            Assert.StartsWith("Herinnering", (await app.Smtp.WaitForMailToAsync($"{who}-{provider}@wdod.example", skip: 1)).Subject, StringComparison.Ordinal);
        Assert.Contains($"{path}/voor/raadsleden", scanPage.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync(path + "/startgesprek", follow: false)).Status);

        // Five members of the algemeen bestuur agree, five residents disagree, two staff: too few to show.
        for (var i = 0; i < 5; i++)
        {
            using var member = app.Client();
            var done = await AnswerAllAsync(member, $"{path}/voor/raadsleden", role: 1, column: "3");
            Assert.Contains("Bedankt! Uw antwoorden zijn verstuurd.", done.Text, StringComparison.Ordinal);
            using var resident = app.Client();
            await AnswerAllAsync(resident, $"{path}/voor/inwoners", role: 0, column: "1");
        }
        await ResidentLetterChecks.UseCodeAsync(app, staff, path, codes);
        for (var i = 0; i < 2; i++)
        {
            using var clerk = app.Client();
            await AnswerAllAsync(clerk, $"{path}/voor/ambtenaren", role: 6, column: "4");
        }
        using var busy = app.Client();
        await AnswerAllAsync(busy, $"{path}/voor/inwoners", role: 0, column: "2", send: false);

        // The tally kept at every send equals a count over the stored answers.
        var surveyId = app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Single(s => s.Id == id).SurveyId!.Value);
        var kept = app.WithDb(db => db.Set<SurveyTally>().IgnoreQueryFilters().Where(t => t.SurveyId == surveyId).AsEnumerable()
            .Select(t => $"{t.QuestionKey}/{t.Row}/{t.Value}={t.Count}").Order(StringComparer.Ordinal).ToList());
        var counted = app.WithDb(db => db.Set<SurveyAnswer>().IgnoreQueryFilters()
            .Where(a => a.SurveyId == surveyId && db.Set<SurveyResponse>().IgnoreQueryFilters().Any(r => r.Id == a.ResponseId && r.SubmittedAt != null) && a.QuestionKey != "t1o")
            .GroupBy(a => new { a.QuestionKey, a.Row, a.Value }).Select(g => new { g.Key.QuestionKey, g.Key.Row, g.Key.Value, N = g.Count() }).AsEnumerable()
            .Where(g => !g.QuestionKey.EndsWith('o') && g.QuestionKey != "e2").Select(g => $"{g.QuestionKey}/{g.Row}/{g.Value}={g.N}").Order(StringComparer.Ordinal).ToList());
        Assert.Equal(counted, kept);
        Assert.Contains("rol/0/1=5", kept);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(path + "/rapport", follow: false)).Status);
        var monitor = await staff.GetAsync(path);
        var rows = monitor.Document.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Take(3).Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("Inwoners|6|1", rows);
        Assert.Contains("Leden van het algemeen bestuur|5|0", rows);
        Assert.Contains("Ambtenaren|2 (te weinig)|0", rows);

        scanPage = await staff.SubmitAsync(monitor, new Dictionary<string, string>(), "#sluiten");
        Assert.Contains("De vragenlijst is gesloten", scanPage.Text, StringComparison.Ordinal);
        using var late = app.Client();
        Assert.Contains("De vragenlijst is nu niet open.", (await late.GetAsync($"{path}/voor/inwoners")).Text, StringComparison.Ordinal);

        // The engine's own results, export and editing refuse this survey: the quick scan shows groups of five or more only.
        foreach (var page in new[] { "/resultaten", "/export.csv", "/beheer" })
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/{Org}/vragenlijsten/{surveyId}{page}", follow: false)).Status);
        using (var raw = await staff.Http.GetAsync(new Uri(path + "/antwoorden.csv", UriKind.Relative)))
        {
            var lines = (await raw.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(12, lines.Length);
            Assert.DoesNotContain(lines, l => l.Contains("Ambtenaren", StringComparison.Ordinal) || l.Contains("Griffier", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Leden van het algemeen bestuur", StringComparison.Ordinal));
        }

        // The report: residents 25, the board 75, a notable gap, staff suppressed, priorities with tips.
        var report = await staff.GetAsync(path + "/rapport");
        Assert.Contains("Rapport quick scan lokale democratie", report.Text, StringComparison.Ordinal);
        Assert.Contains("Opvallend verschil bij", report.Text, StringComparison.Ordinal);
        var chart = report.Document.QuerySelector("#thema-t1-caption")!.ParentElement!;
        var cells = chart.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Inwoners|25", "Leden van het algemeen bestuur|75", "Dagelijks bestuur|te weinig invullers", "Ambtenaren|te weinig invullers"], cells);
        Assert.Contains("Het waterschap is goed bereikbaar.", report.Text, StringComparison.Ordinal);

        // Agenda: bad input, then an action; sharing makes it final.
        var agenda = await staff.GetAsync(path + "/verbeteragenda");
        var bad = await staff.SubmitAsync(agenda, new Dictionary<string, string> { ["Item.ThemeKey"] = "t99", ["Item.Priority"] = "nul", ["Item.Action"] = "Doe iets", ["Item.Due"] = Day(-5) }, "#actie");
        Assert.Equal("Kies een thema uit de lijst.", bad.FieldError("Item.ThemeKey"));
        Assert.Equal("Kies een datum vanaf vandaag.", bad.FieldError("Item.Due"));
        Assert.Equal("Vul in wie de actie trekt.", bad.FieldError("Item.Owner"));
        Assert.NotNull(bad.FieldError("Item.Priority"));
        Assert.Equal("Doe iets", bad.Value("Item.Action"));
        agenda = await staff.SubmitAsync(bad, new Dictionary<string, string>
        {
            ["Item.ThemeKey"] = "t3", ["Item.Priority"] = "1", ["Item.Action"] = "Spreekuur van het bestuur in elk dorp", ["Item.Owner"] = "Secretaris", ["Item.Due"] = Day(90),
        }, "#actie");
        Assert.Contains("Spreekuur van het bestuur in elk dorp", agenda.Text, StringComparison.Ordinal);
        agenda = await staff.SubmitAsync(agenda, new Dictionary<string, string> { ["Notes"] = "Eerste prioriteit: inwoners betrekken." }, "#agendering");
        Assert.Contains("Het verslag is opgeslagen", agenda.Text, StringComparison.Ordinal);

        scanPage = await staff.SubmitAsync(await staff.GetAsync(path), new Dictionary<string, string>(), "#delen");
        Assert.Contains("De verbeteragenda is gedeeld", scanPage.Text, StringComparison.Ordinal);
        var final = await staff.GetAsync(path + "/verbeteragenda");
        Assert.Null(final.Document.QuerySelector("#actie"));
        Assert.Contains("Eerste prioriteit: inwoners betrekken.", final.Text, StringComparison.Ordinal);
        Assert.Equal(ScanState.Afgerond, app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Single(s => s.Id == id).State));
        Assert.Empty(app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Single(s => s.Id == id).InviteAddresses));
        Assert.Null(app.WithDb(db => db.Set<SurveyResponse>().IgnoreQueryFilters().First(r => r.SurveyId == db.Set<Scan>().IgnoreQueryFilters().Single(s => s.Id == id).SurveyId).UserId));
    }

    [Fact]
    public async Task AWeekBeforeTheEndTheStaffGroupsGetOneReminder()
    {
        var app = apps[PleinApp.Sqlite];
        var scan = app.WithDb(db =>
        {
            var org = db.Organisations.Single(o => o.Slug == "provincie-overijssel");
            var s = new Scan
            {
                Id = Guid.NewGuid(), OrganisationId = org.Id, VersionId = db.Set<global::Plein.QuickScan.Questionnaire.QuestionnaireVersion>().First().Id,
                State = ScanState.Open, CreatedAt = DateTimeOffset.UtcNow, AgreementAcceptedAt = DateTimeOffset.UtcNow, Trekker = "Statengriffier",
                OpenedAt = DateTimeOffset.UtcNow.AddDays(-20),
                Ends = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)),
                InviteAddresses = new() { [global::Plein.QuickScan.Questionnaire.RespondentGroup.Raadsleden] = ["staten@overijssel.example"] },
            };
            db.Add(s);
            db.SaveChanges();
            return s.Id;
        });
        var reminders = app.Services.GetRequiredService<ScanReminders>();
        Assert.True(await reminders.RunAsync(CancellationToken.None) >= 1);
        Assert.Contains("/voor/raadsleden", (await app.Smtp.WaitForMailToAsync("staten@overijssel.example")).TextBody, StringComparison.Ordinal);
        Assert.NotNull(app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Single(s => s.Id == scan).ReminderSentAt));
        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
        app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Where(s => s.Id == scan).ExecuteDelete());
    }

    [Fact]
    public async Task RespondentsAndOtherOrganisationsCannotRunTheScan()
    {
        var app = apps[PleinApp.Sqlite];
        var zwolle = app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().First(s => s.State == ScanState.Gesloten).Id);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.NotEqual(HttpStatusCode.OK, (await resident.GetAsync($"/zwolle/quickscan/{zwolle}/rapport", follow: false)).Status);
        using var elsewhere = app.Client();
        await elsewhere.SignInAsync(Demo.Email("ambtenaar", "wdodelta"));
        Assert.NotEqual(HttpStatusCode.OK, (await elsewhere.GetAsync($"/zwolle/quickscan/{zwolle}/rapport", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/{Org}/quickscan/{zwolle}/rapport", follow: false)).Status);
    }
}
