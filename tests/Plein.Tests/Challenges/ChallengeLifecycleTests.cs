using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges;
using Plein.Tests.Support;

namespace Plein.Tests.Challenges;

/// <summary>Uitdaagrecht in a water board through the pages: rules, request, handling, a question, assessment and decision.</summary>
[Collection(AppCollection.Name)]
public sealed class ChallengeLifecycleTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;
    private const string Org = "waterschap-drents-overijsselse-delta";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static string Day(int offset) => global::Plein.Platform.Tenancy.Organisation.Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ValidRequest() => new()
    {
        ["Input.GroupName"] = "Stichting Dijk en Dorp", ["Input.LegalForm"] = "Stichting", ["Input.KvkNumber"] = "4123 4567", ["Input.NotForProfit"] = "true",
        ["Input.Involvement"] = "Wij wonen aan de dijk en maaien al jaren de bermen van onze eigen erven.",
        ["Input.Domain"] = "Dijken en oevers", ["Input.Task"] = "Het maaien van de dijk bij Zwartsluis",
        ["Input.HowBetter"] = "Wij maaien later in het jaar, zodat bloemen kunnen zaaien, voor minder geld dan de aannemer.",
        ["Input.SupportEvidence"] = "Veertig van de vijftig bewoners aan de dijk tekenden.", ["Input.CostEstimate"] = "18000", ["Input.CurrentCost"] = "21000,50",
        ["Input.IntendedStart"] = Day(120),
    };

    [Theory, MemberData(nameof(Providers))]
    public async Task ARequestGoesFromIntakeThroughAQuestionAndAssessmentToADecisionWithObjectionInformation(string provider)
    {
        var app = apps[provider];
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "wdodelta"));
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "wdodelta"));
        var residentMail = Demo.Email("inwoner", "wdodelta");
        var mails = 0;

        // Not open yet: explained, and no way in.
        Assert.Contains("nog niet ingevoerd", (await resident.GetAsync($"/{Org}/uitdaagrecht")).Text, StringComparison.Ordinal);
        Assert.Contains("het uitdaagrecht is hier nog niet open", (await resident.GetAsync($"/{Org}/uitdaagrecht/aanvraag")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync($"/{Org}/uitdaagrecht/regels", follow: false)).Status);

        // The rules from the participatieverordening, with bad input first.
        var rules = await clerk.GetAsync($"/{Org}/uitdaagrecht/regels");
        var fields = HtmlClient.Values(rules, "Input.Excluded", "Input.MaxDurationMonths", "Input.AgreementForm");
        var refused = await clerk.SubmitAsync(rules, new Dictionary<string, string>(fields) { ["Input.Stage"] = "Open", ["Input.Domains"] = "", ["Input.DecisionWeeks"] = "0" }, "#regels");
        Assert.Equal("Noem minstens één terrein waarop inwoners taken kunnen overnemen.", refused.FieldError("Input.Domains"));
        Assert.Equal("Vul een aantal van 1 tot en met 52 weken in.", refused.FieldError("Input.DecisionWeeks"));
        var saved = await clerk.PostAsync($"/{Org}/uitdaagrecht/regels",
        [
            new("__RequestVerificationToken", rules.Document.QuerySelector("#regels [name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.Stage", "Open"), new("Input.Domains", "Dijken en oevers\nWaterkwaliteit"), new("Input.Excluded", fields["Input.Excluded"]),
            new("Input.RequiredItems", "steun"), new("Input.RequiredItems", "kosten"), new("Input.RequiredItems", "kvk"),
            new("Input.DecisionWeeks", "8"), new("Input.InformationPausesDeadline", "true"), new("Input.WeeksBeforeStart", "0"),
            new("Input.AgreementForm", "Overeenkomst"), new("Input.MaxDurationMonths", "24"), new("Input.CostNotAboveCurrent", "true"), new("Input.LegalFormRequired", "true"),
        ]);
        Assert.Contains("De regels zijn opgeslagen.", saved.Text, StringComparison.Ordinal);
        var publicPage = await resident.GetAsync($"/{Org}/uitdaagrecht");
        Assert.Contains("Dijken en oevers", publicPage.Text, StringComparison.Ordinal);
        Assert.Contains("binnen 8 weken", publicPage.Text, StringComparison.Ordinal);

        // A concept needs a task; then it is saved and found again.
        var form = await resident.GetAsync($"/{Org}/uitdaagrecht/aanvraag");
        var empty = await resident.SubmitAsync(form, new Dictionary<string, string> { ["actie"] = "opslaan" }, "#aanvraag");
        Assert.Equal("Vul eerst in welke taak u wilt overnemen. Dan kunt u opslaan.", empty.FieldError("Input.Task"));
        var concept = await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Task"] = "Het maaien van de dijk bij Zwartsluis", ["actie"] = "opslaan" }, "#aanvraag");
        Assert.Contains("opgeslagen als concept", concept.Text, StringComparison.Ordinal);
        var id = Guid.Parse(concept.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
        Assert.Equal("Het maaien van de dijk bij Zwartsluis", concept.Value("Input.Task"));
        using (var colleague = app.Client())
        {
            await colleague.SignInAsync(Demo.Email("ambtenaar", "wdodelta"));
            Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/{Org}/uitdaagrecht/behandeling/{id}", follow: false)).Status);
        }

        // Submitting checks everything the rules ask for; what was typed stays.
        var badFields = new Dictionary<string, string>(ValidRequest())
        {
            ["Input.KvkNumber"] = "1234", ["Input.CostEstimate"] = "-5", ["Input.CurrentCost"] = "99999999999", ["Input.HowBetter"] = "", ["Input.LegalForm"] = "Bewonersgroep", ["actie"] = "indienen",
        };
        badFields.Remove("Input.NotForProfit");
        var bad = await resident.SubmitAsync(concept, badFields, "#aanvraag");
        Assert.StartsWith("Bevestig dat uw groep geen winstoogmerk heeft.", bad.Document.QuerySelector("#Input_NotForProfit-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Een KvK-nummer heeft 8 cijfers, zoals 41234567.", bad.FieldError("Input.KvkNumber"));
        Assert.Equal("Vul een bedrag van 0 euro of meer in.", bad.FieldError("Input.CostEstimate"));
        Assert.StartsWith("Dit bedrag is te hoog voor het uitdaagrecht.", bad.FieldError("Input.CurrentCost"), StringComparison.Ordinal);
        Assert.Equal("Leg uit waarom u het beter, goedkoper of socialer doet.", bad.FieldError("Input.HowBetter"));
        Assert.Equal("Volgens de regels heeft uw groep een rechtsvorm nodig, zoals een stichting of vereniging.", bad.FieldError("Input.LegalForm"));
        Assert.Equal("1234", bad.Value("Input.KvkNumber"));
        Assert.Equal("Stichting Dijk en Dorp", bad.Value("Input.GroupName"));
        var dearer = await resident.SubmitAsync(concept, new Dictionary<string, string>(ValidRequest()) { ["Input.CostEstimate"] = "25000", ["actie"] = "indienen" }, "#aanvraag");
        Assert.Equal("Uw begroting is hoger dan wat de organisatie er nu aan uitgeeft. Dat mag niet volgens de regels.", dearer.FieldError("Input.CostEstimate"));
        var tooBig = await resident.SubmitFilesAsync(concept, new Dictionary<string, string>(ValidRequest()) { ["actie"] = "indienen" }, "#aanvraag",
            ("Attachments", "handtekeningen.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[10 * 1024 * 1024]]));
        Assert.Contains("Het bestand is te groot", tooBig.Document.QuerySelector("#Attachments-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Stichting Dijk en Dorp", tooBig.Value("Input.GroupName"));
        Assert.Equal(ChallengeState.Concept, app.WithDb(db => db.National<Challenge>().Single(c => c.Id == id).State));
        Assert.Empty(app.WithDb(db => db.National<ChallengeAttachment>().Where(a => a.ChallengeId == id).ToList()));

        var receipt = await resident.SubmitFilesAsync(concept, new Dictionary<string, string>(ValidRequest()) { ["actie"] = "indienen" }, "#aanvraag",
            ("Attachments", "handtekeningen.pdf", "%PDF-1.4\nhandtekeningen"u8.ToArray()));
        var due = global::Plein.Platform.Tenancy.Organisation.Today.AddDays(56).ToString("d MMMM yyyy", Dutch);
        Assert.Contains("Uw aanvraag is ingediend", receipt.Text, StringComparison.Ordinal);
        var reference = receipt.Document.QuerySelector("main strong")!.TextContent;
        Assert.Matches(@"^UR-\d{4}-0001$", reference);
        Assert.Contains($"U krijgt uiterlijk {due} een besluit.", receipt.Text, StringComparison.Ordinal);
        var confirmation = await app.Smtp.WaitForMailToAsync(residentMail, mails++);
        Assert.Contains(reference, confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains(due, confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nieuwe aanvraag uitdaagrecht", (await app.Smtp.WaitForMailToAsync(Demo.Email("ambtenaar", "wdodelta"))).Subject, StringComparison.Ordinal);

        // Handling: take it, a step further, a question that stops the clock for five days.
        var list = await clerk.GetAsync($"/{Org}/uitdaagrecht/behandeling");
        Assert.Contains(reference, list.Text, StringComparison.Ordinal);
        var path = $"/{Org}/uitdaagrecht/behandeling/{id}";
        var casePage = await clerk.SubmitAsync(await clerk.GetAsync(path), new Dictionary<string, string>(), "#oppakken");
        Assert.Contains("U behandelt deze aanvraag.", casePage.Text, StringComparison.Ordinal);
        casePage = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Step.Note"] = "Wij bellen u voor een afspraak." }, "#volgende-stap");
        Assert.Contains("een stap verder", (await app.Smtp.WaitForMailToAsync(residentMail, mails++)).Subject, StringComparison.Ordinal);
        var noQuestion = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Ask.Question"] = "" }, "#vraag");
        Assert.Equal("Schrijf uw vraag aan de aanvrager.", noQuestion.FieldError("Ask.Question"));
        casePage = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Ask.Question"] = "Wie is verzekerd als er iemand van de dijk valt?" }, "#vraag");
        Assert.Contains("De beslistermijn staat stil", casePage.Text, StringComparison.Ordinal);
        Assert.Contains("Wie is verzekerd", (await app.Smtp.WaitForMailToAsync(residentMail, mails++)).TextBody, StringComparison.Ordinal);
        app.WithDb(db => db.National<Challenge>().Where(c => c.Id == id).ExecuteUpdate(s => s.SetProperty(c => c.InformationRequestedOn, global::Plein.Platform.Tenancy.Organisation.Today.AddDays(-5))));
        var mine = await resident.GetAsync($"/{Org}/uitdaagrecht/aanvragen/{id}");
        Assert.Contains("staat de beslistermijn stil", mine.Text, StringComparison.Ordinal);
        Assert.Equal("Schrijf uw antwoord.", (await resident.SubmitAsync(mine, new Dictionary<string, string> { ["Answer"] = "" }, "#antwoord")).FieldError("Answer"));
        mine = await resident.SubmitAsync(mine, new Dictionary<string, string> { ["Answer"] = "De stichting heeft een vrijwilligersverzekering." }, "#antwoord");
        var later = global::Plein.Platform.Tenancy.Organisation.Today.AddDays(61).ToString("d MMMM yyyy", Dutch);
        Assert.Contains($"U krijgt uiterlijk {later} een besluit.", mine.Text, StringComparison.Ordinal);
        Assert.Contains("vrijwilligersverzekering", (await app.Smtp.WaitForMailToAsync(Demo.Email("ambtenaar", "wdodelta"), 1)).TextBody, StringComparison.Ordinal);

        // The assessment is internal: scored and noted, never shown to the challenger.
        casePage = await clerk.GetAsync(path);
        var wrongScore = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Assessment.Rows[0].Criterion"] = "beter", ["Assessment.Rows[0].Score"] = "9" }, "#beoordeling");
        Assert.Equal("Kies een score van 1 tot en met 5.", wrongScore.FieldError("Assessment.Rows[0].Score"));
        casePage = await clerk.SubmitAsync(casePage, new Dictionary<string, string>
        {
            ["Assessment.Rows[0].Criterion"] = "beter", ["Assessment.Rows[0].Score"] = "4", ["Assessment.Rows[0].Note"] = "Intern: goedkoper dan de aannemer",
        }, "#beoordeling");
        Assert.Contains("De beoordeling is opgeslagen", casePage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("goedkoper dan de aannemer", (await resident.GetAsync($"/{Org}/uitdaagrecht/aanvragen/{id}")).Html, StringComparison.Ordinal);

        // Granting waits for the advice; then the decision with reasons and objection information.
        var early = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Decision.Outcome"] = "toekennen", ["Decision.Reasons"] = "Een goed plan met veel steun in het dorp." }, "#besluit");
        Assert.StartsWith("Toekennen kan na de beoordeling en het advies.", early.FieldError("Decision.Outcome"), StringComparison.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            casePage = await clerk.SubmitAsync(casePage, new Dictionary<string, string>(), "#volgende-stap");
            await app.Smtp.WaitForMailToAsync(residentMail, mails++);
        }
        Assert.Equal(ChallengeState.Advies, app.WithDb(db => db.National<Challenge>().Single(c => c.Id == id).State));
        var shortReasons = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Decision.Outcome"] = "toekennen", ["Decision.Reasons"] = "Prima." }, "#besluit");
        Assert.Equal("Schrijf de redenen in 20 tot 5.000 tekens.", shortReasons.FieldError("Decision.Reasons"));
        casePage = await clerk.SubmitAsync(casePage, new Dictionary<string, string> { ["Decision.Outcome"] = "toekennen", ["Decision.Reasons"] = "Een goed plan met veel steun in het dorp, voor minder geld." }, "#besluit");
        Assert.Contains("Het besluit is vastgelegd", casePage.Text, StringComparison.Ordinal);
        var decision = await app.Smtp.WaitForMailToAsync(residentMail, mails++);
        Assert.Contains("toegekend", decision.Subject, StringComparison.Ordinal);
        Assert.Contains("binnen zes weken bezwaar maken", decision.TextBody, StringComparison.Ordinal);
        mine = await resident.GetAsync($"/{Org}/uitdaagrecht/aanvragen/{id}");
        Assert.Contains("Besluit: uw aanvraag is toegekend", mine.Text, StringComparison.Ordinal);
        Assert.Contains("bezwaar maken", mine.Text, StringComparison.Ordinal);
        Assert.Contains("Wij bellen u voor een afspraak.", mine.Text, StringComparison.Ordinal);
        Assert.Null(mine.Document.QuerySelector("#intrekken"));
        Assert.Contains(app.WithDb(db => db.National<global::Plein.Platform.Audit.AuditEntry>().Select(a => a.Action).ToList()), a => a == "uitdaagrecht.besluit");

        // The agreement: bad input first, then tasks, results, budget, period and reporting.
        var agreementForm = await clerk.GetAsync(path + "/overeenkomst");
        var wrongAgreement = await clerk.SubmitAsync(agreementForm, new Dictionary<string, string>
        {
            ["Input.Form"] = "Overeenkomst", ["Input.Tasks"] = "De dijk twee keer per jaar maaien", ["Input.Indicators"] = "", ["Input.BudgetPerYear"] = "25000",
            ["Input.Starts"] = Day(30), ["Input.Ends"] = Day(10), ["Input.ReportEveryMonths"] = "6",
        }, "#afspraken");
        Assert.Equal("Noem minstens één resultaat waaraan u ziet dat het werkt.", wrongAgreement.FieldError("Input.Indicators"));
        Assert.Equal("Het budget is hoger dan wat de taak nu kost. Dat mag niet volgens de regels.", wrongAgreement.FieldError("Input.BudgetPerYear"));
        Assert.Equal("De laatste dag ligt na de eerste dag.", wrongAgreement.FieldError("Input.Ends"));
        Assert.Equal("De dijk twee keer per jaar maaien", wrongAgreement.Value("Input.Tasks"));
        casePage = await clerk.SubmitAsync(agreementForm, new Dictionary<string, string>
        {
            ["Input.Form"] = "Overeenkomst", ["Input.Tasks"] = "De dijk twee keer per jaar maaien\nMaaisel afvoeren", ["Input.Indicators"] = "Soorten bloemen op de dijk\nKlachten van omwonenden",
            ["Input.BudgetPerYear"] = "18000", ["Input.Starts"] = Day(30), ["Input.Ends"] = Day(394), ["Input.ReportEveryMonths"] = "6",
        }, "#afspraken");
        Assert.Contains("De afspraken zijn opgeslagen", casePage.Text, StringComparison.Ordinal);
        Assert.Contains("De afspraken over uw uitdaagrecht", (await app.Smtp.WaitForMailToAsync(residentMail, mails++)).Subject, StringComparison.Ordinal);
        casePage = await clerk.SubmitAsync(casePage, new Dictionary<string, string>(), "#uitvoering");
        Assert.Contains("De uitvoering is begonnen.", casePage.Text, StringComparison.Ordinal);
        await app.Smtp.WaitForMailToAsync(residentMail, mails++);

        // A progress report by the challenger, one value per agreed result.
        var report = await resident.GetAsync($"/{Org}/uitdaagrecht/aanvragen/{id}/rapportage");
        var halfReport = await resident.SubmitAsync(report, new Dictionary<string, string>
        {
            ["Input.Period"] = "Het eerste halfjaar", ["Input.Done"] = "Twee keer gemaaid.", ["Input.Values[0]"] = "23 soorten", ["Input.Values[1]"] = "", ["Input.Spent"] = "-1",
        }, "#rapportage");
        Assert.Equal("Schrijf hoe dit resultaat ervoor staat.", halfReport.FieldError("Input.Values[1]"));
        Assert.Equal("Vul een bedrag van 0 tot 10 miljoen euro in.", halfReport.FieldError("Input.Spent"));
        Assert.Equal("23 soorten", halfReport.Value("Input.Values[0]"));
        mine = await resident.SubmitAsync(report, new Dictionary<string, string>
        {
            ["Input.Period"] = "Het eerste halfjaar", ["Input.Done"] = "Twee keer gemaaid.", ["Input.Values[0]"] = "23 soorten", ["Input.Values[1]"] = "Geen klachten", ["Input.Spent"] = "8500",
        }, "#rapportage");
        Assert.Contains("Uw rapportage is verstuurd", mine.Text, StringComparison.Ordinal);
        Assert.Contains("23 soorten", mine.Text, StringComparison.Ordinal);

        // The evaluation ends it; its summary goes into the public register without personal data.
        var evaluation = await clerk.SubmitAsync(await clerk.GetAsync(path), new Dictionary<string, string>(), "#evaluatie-starten");
        Assert.EndsWith("/evaluatie", evaluation.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        await app.Smtp.WaitForMailToAsync(residentMail, mails++);
        var noEnd = await clerk.SubmitAsync(evaluation, new Dictionary<string, string> { ["Input.Outcome"] = "Verlengen", ["Input.Lessons"] = "Vroeg afspreken.", ["Input.ResultSummary"] = "Meer bloemen." }, "#evaluatie");
        Assert.Equal("Kies tot wanneer de afspraken gelden.", noEnd.FieldError("Input.NewEnd"));
        casePage = await clerk.SubmitAsync(evaluation, new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Beeindigen", ["Input.Lessons"] = "Spreek vooraf af wie het maaisel afvoert.", ["Input.ResultSummary"] = "Er bloeien 23 soorten op de dijk, tegen 9 daarvoor.",
        }, "#evaluatie");
        Assert.Contains("De evaluatie is vastgelegd.", casePage.Text, StringComparison.Ordinal);
        Assert.Equal(ChallengeState.Afgerond, app.WithDb(db => db.National<Challenge>().Single(c => c.Id == id).State));
        using (var visitor = app.Client())
        {
            var register = await visitor.GetAsync($"/{Org}/uitdaagrecht/register?terrein=Dijken%20en%20oevers");
            Assert.Contains("Het maaien van de dijk bij Zwartsluis", register.Text, StringComparison.Ordinal);
            Assert.Contains("Er bloeien 23 soorten op de dijk", register.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("demo.plein.nl", register.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("Het maaien van de dijk", (await visitor.GetAsync($"/{Org}/uitdaagrecht/register?terrein=Waterkwaliteit")).Text, StringComparison.Ordinal);
        }
        using (var programme = app.Client())
        {
            await programme.SignInAsync(Demo.Email("programmamedewerker", "programma"));
            var national = await programme.GetAsync("/uitdaagrecht/landelijk");
            var row = national.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/{Org}/uitdaagrecht']") is not null);
            Assert.Equal("open voor aanvragen|1|1|1", string.Join("|", row.Children.Skip(1).Take(4).Select(c => c.TextContent.Trim())));
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/uitdaagrecht/landelijk", follow: false)).Status);
        }

        // Others see nothing: another resident, a civil servant elsewhere; the attachment only for the two parties.
        var attachment = app.WithDb(db => db.National<ChallengeAttachment>().Single(a => a.ChallengeId == id).Id);
        var download = $"/{Org}/uitdaagrecht/aanvragen/{id}/bijlagen/{attachment}";
        Assert.Equal(HttpStatusCode.OK, (await resident.Http.GetAsync(new Uri(download, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.Http.GetAsync(new Uri(download, UriKind.Relative))).StatusCode);
        using var stranger = app.Client();
        await stranger.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/{Org}/uitdaagrecht/aanvragen/{id}", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(new Uri(download, UriKind.Relative))).StatusCode);
        using var elsewhere = app.Client();
        await elsewhere.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync(path, follow: false)).Status);
    }
}
