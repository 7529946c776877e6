using Microsoft.EntityFrameworkCore;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plein.Browser.Accessibility;

/// <summary>Every page type, anonymous and signed in, has zero axe violations for WCAG 2.0/2.1/2.2 A and AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture fx)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static TheoryData<string> PublicPages => new(
        "/", "/organisaties", "/organisaties?soort=gemeente&zoek=zw", "/zwolle", "/programma", "/provincie-overijssel",
        "/toegankelijkheid", "/privacy", "/account/inloggen", "/account/registreren", "/account/registreren?verstuurd=true",
        "/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten?verstuurd=true", "/account/wachtwoord-herstellen?gebruiker=x&code=y",
        "/account/bevestigen?gebruiker=x&code=y", "/bestaat-niet", "/fout/403", "/fout/500", "/zwolle/inloggen", "/zwolle/inloggen?mislukt=true",
        "/meldingen/afmelden?t=ongeldig", "/zwolle/participatie", "/zwolle/participatie/{proces}", "/zwolle/participatie/{proces}?zoek=bomen", "/zwolle/participatie/{proces}?volgorde=meest-gesteund&status=open", "/zwolle/voorstellen/{voorstel}",
        "/zwolle/vragenlijsten/{vragenlijst}", "/zwolle/vragenlijsten/{vragenlijst}/resultaten",
        "/zwolle/quickscan", "/zwolle/quickscan/{scan}/voor/inwoners", "/zwolle/quickscan/code", "/aanbod",
        "/zwolle/uitdaagrecht", "/waterschap-drents-overijsselse-delta/uitdaagrecht", "/aanbod/raad-in-beraad", "/aanbod?soort=Workshop&zoek=raad", "/kennis",
        "/verwerkingsregister", "/zwolle/verwerkingsregister");

    public static TheoryData<string> SignedInPages => new(
        "/account", "/account/tweestapsverificatie", "/account/mijn-gegevens", "/account/verwijderen", "/account/uitloggen",
        "/zwolle", "/zwolle/beheer/leden", "/zwolle/beheer/logboek", "/zwolle/beheer/inloggen", "/zwolle/beheer/huisstijl", "/zwolle/beheer/bewaartermijnen",
        "/zwolle/participatie/nieuw", "/zwolle/participatie/{proces}/beheer", "/zwolle/participatie/{proces}/voorstellen/nieuw", "/zwolle/voorstellen/{voorstel}",
        "/zwolle/reacties/{reactie}/reageren", "/zwolle/reacties/{reactie}/melden", "/zwolle/beheer/moderatie", "/account/meldingen",
        "/zwolle/vragenlijsten/{vragenlijst}/beheer", "/zwolle/vragenlijsten/{vragenlijst}/resultaten", "/zwolle/vragenlijsten/{concept}/beheer",
        "/zwolle/vragenlijsten/{concept}", "/zwolle/vragenlijsten/{concept}/vragen/nieuw", "/zwolle/vragenlijsten/{concept}/vragen/v1",
        "/zwolle/beheer/gebieden", "/zwolle/verificatie/postcode", "/zwolle/beheer/stemcodes", "/zwolle/verificatie/stemcode", "/zwolle/taken/{taak}",
        "/zwolle/quickscan", "/zwolle/quickscan/{scan}", "/zwolle/quickscan/{scan}/rapport", "/zwolle/quickscan/{scan}/verbeteragenda",
        "/zwolle/uitdaagrecht/regels", "/zwolle/uitdaagrecht/register?terrein=Sport%20en%20spelen", "/aanbod/raad-in-beraad", "/aanbod/mijn-inschrijvingen", "/zwolle/aanbod/aanvragen");

    /// <summary>Overijssel's scan is being prepared: the pages of the first steps.</summary>
    public static TheoryData<string> PreparingPages => new("/provincie-overijssel/quickscan/{scan}", "/provincie-overijssel/quickscan/{scan}/startgesprek",
        "/provincie-overijssel/quickscan/{scan}/eigen-vragen", "/provincie-overijssel/quickscan/{scan}/brieven");

    [Theory, MemberData(nameof(PreparingPages))]
    public async Task QuickScanPreparationPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "beheerder.overijssel@demo.plein.nl");
        var scan = fx.App.WithDb(db => db.National<global::Plein.QuickScan.Scans.Scan>().Single(s => s.State == global::Plein.QuickScan.Scans.ScanState.Gestart).Id);
        await page.GotoAsync(url.Replace("{scan}", scan.ToString(), StringComparison.Ordinal));
        await AssertNoViolations(page, url);
    }

    public static TheoryData<string> StaffPages => new("/organisaties", "/organisaties/nieuw", "/organisaties/aalten/wijzigen", "/programma", "/quickscan/landelijk",
        "/quickscan/vragenlijst", "/quickscan/vragenlijst/1", "/uitdaagrecht/landelijk",
        "/aanbod/beheer", "/aanbod/beheer/onderdeel", "/aanbod/beheer/onderdeel/raad-in-beraad", "/aanbod/beheer/sessies/{sessie}",
        "/aanbod/beheer/aanvragen", "/aanbod/beheer/aanvragen/{aanvraag}", "/aanbod/beheer/bereik",
        "/kennis/knelpunten", "/kennis/knelpunten/{knelpunt}", "/kennis/regionale-energiestrategie/gesprekken/{gesprek}",
        "/gebieden/gronings-aardbevingsgebied", "/gebieden/gronings-aardbevingsgebied/beheer", "/gebieden/gronings-aardbevingsgebied/beheer/vragen/{steunvraag}",
        "/gebieden/gronings-aardbevingsgebied/beheer/subsidies/{subsidie}", "/gebieden/gronings-aardbevingsgebied/dorpsinitiatieven/{dorp}");

    [Theory, MemberData(nameof(StaffPages))]
    public async Task ProgrammeStaffPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        var session = fx.App.WithDb(db => db.Set<global::Plein.Support.Sessions.OfferSession>().OrderBy(s => s.Starts).First().Id);
        var request = fx.App.WithDb(db => db.National<global::Plein.Support.Requests.OfferRequest>().OrderBy(r => r.CreatedAt).First().Id);
        await page.GotoAsync(Knowledge(url.Replace("{sessie}", session.ToString(), StringComparison.Ordinal).Replace("{aanvraag}", request.ToString(), StringComparison.Ordinal)));
        await AssertNoViolations(page, url);
    }

    public static TheoryData<string> CommunityPages => new("/kennis", "/kennis/regionale-energiestrategie", "/kennis/regionale-energiestrategie/gesprekken/{gesprek}",
        "/kennis/regionale-energiestrategie/bibliotheek", "/kennis/regionale-energiestrategie/bibliotheek?soort=Handreiking",
        "/kennis/regionale-energiestrategie/knelpunten", "/kennis/regionale-energiestrategie/knelpunten?label=financi%C3%ABn&volgorde=nieuw");

    [Theory, MemberData(nameof(CommunityPages))]
    public async Task KnowledgeCommunityPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "griffier.zwolle@demo.plein.nl");
        await page.GotoAsync(Knowledge(url));
        await AssertNoViolations(page, url);
    }

    [Fact]
    public async Task KnelpuntFormWithErrorsHasNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "griffier.zwolle@demo.plein.nl");
        await page.GotoAsync("/kennis/aardgasvrije-wijken/knelpunten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Knelpunt melden" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Title-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "knelpunt melden met fouten");
    }

    public static TheoryData<string> AreaPages => new("/eemsdelta", "/eemsdelta/gebiedsondersteuning", "/eemsdelta/gebiedsondersteuning/subsidies/{subsidie}",
        "/gebieden/gronings-aardbevingsgebied", "/gebieden/gronings-aardbevingsgebied?gemeente=eemsdelta&stand=Actief",
        "/gebieden/gronings-aardbevingsgebied/dorpsinitiatieven/nieuw", "/gebieden/gronings-aardbevingsgebied/dorpsinitiatieven/{dorp}", "/zwolle/gebiedsondersteuning");

    [Theory, MemberData(nameof(AreaPages))]
    public async Task AreaSupportPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, url.StartsWith("/zwolle", StringComparison.Ordinal) ? "beheerder.zwolle@demo.plein.nl" : "beheerder.eemsdelta@demo.plein.nl");
        await page.GotoAsync(Knowledge(url));
        await AssertNoViolations(page, url);
    }

    public static TheoryData<string> BudgetPages => new("/zwolle/begroten/beheer", "/zwolle/begroten/nieuw/beheer", "/zwolle/begroten/{open}/beheer", "/zwolle/begroten/{open}/papier",
        "/zwolle/begroten/{open}", "/zwolle/begroten/{gesloten}", "/zwolle/begroten/{gesloten}/uitslag", "/zwolle/participatie/{holtenbroek}",
        "/zwolle/begroten/{stad}", "/zwolle/begroten/{stad}/beheer", "/zwolle/participatie/{holtenbroek}/beheer");

    [Theory, MemberData(nameof(BudgetPages))]
    public async Task BudgetPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "beheerder.zwolle@demo.plein.nl");
        var (open, closed, process, city) = fx.App.WithDb(db => (
            db.National<global::Plein.Budgeting.Budget>().Single(b => b.Title == "Wijkbudget Holtenbroek 2027").Id,
            db.National<global::Plein.Budgeting.Budget>().Single(b => b.Title == "Speeltuinbudget Stadshagen").Id,
            db.National<global::Plein.Participation.Process>().Single(p => p.Title == "Wijkbudget Holtenbroek").Id,
            db.National<global::Plein.Budgeting.Budget>().Single(b => b.Title == "Stadsbudget Zwolle 2027").Id));
        await page.GotoAsync(url.Replace("{open}", open.ToString(), StringComparison.Ordinal).Replace("{gesloten}", closed.ToString(), StringComparison.Ordinal)
            .Replace("{holtenbroek}", process.ToString(), StringComparison.Ordinal).Replace("{stad}", city.ToString(), StringComparison.Ordinal));
        await AssertNoViolations(page, url);
    }

    public static TheoryData<string> CouncilPages => new("/zwolle/raad", "/zwolle/raad/vergaderingen/{vanavond}", "/zwolle/raad/vergaderingen/{vanavond}/besluitenlijst",
        "/zwolle/raad/stemmingen/{stemming}", "/zwolle/raad/leden/{lid}", "/zwolle/raad/fracties/{fractie}", "/zwolle/raad/zoeken?q=uitdaagrecht", "/zwolle/raad/zoeken?q=a",
        "/zwolle/raad/vergaderingen/{vanavond}/zaal", "/zwolle/raad/beheer", "/zwolle/raad/beheer/vergaderingen/nieuw/gegevens", "/zwolle/raad/beheer/vergaderingen/{vanavond}",
        "/zwolle/raad/beheer/vergaderingen/{vanavond}/gegevens", "/zwolle/raad/beheer/leden");

    /// <summary>The council's public pages, and the griffier's meeting room and forms, on the demo council.</summary>
    [Theory, MemberData(nameof(CouncilPages))]
    public async Task CouncilPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "griffier.zwolle@demo.plein.nl");
        var (tonight, vote, person, fraction) = fx.App.WithDb(db => (
            db.National<global::Plein.Council.Meetings.Meeting>().Single(m => m.Name.StartsWith("Raadsvergadering") && m.IsDigital && m.LivestreamUrl!.Contains("raadsinformatie")).Id,
            db.National<global::Plein.Council.Voting.CouncilVote>().First(v => v.Subject == "Raadsvoorstel Verordening uitdaagrecht Zwolle").Id,
            db.National<global::Plein.Council.People.CouncilPerson>().Single(p => p.Name == "Anouk Veldhuis").Id,
            db.National<global::Plein.Council.People.Fraction>().Single(f => f.Name == "Lokaal Zwolle").Id));
        await page.GotoAsync(url.Replace("{vanavond}", tonight.ToString(), StringComparison.Ordinal).Replace("{stemming}", vote.ToString(), StringComparison.Ordinal)
            .Replace("{lid}", person.ToString(), StringComparison.Ordinal).Replace("{fractie}", fraction.ToString(), StringComparison.Ordinal));
        await AssertNoViolations(page, url);
    }

    public static TheoryData<string> MonitoringPages => new("/monitoring", "/monitoring/kpis/uitdaagrecht-open", "/monitoring/kpis/participatieverordening",
        "/monitoring/organisaties", "/monitoring/organisaties?Soort=Gemeente&Provincie=Overijssel");

    /// <summary>The dashboard for everyone, and a KPI page with the staff forms (one of them with errors).</summary>
    [Theory, MemberData(nameof(MonitoringPages))]
    public async Task MonitoringPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(url);
        await AssertNoViolations(page, url);
        if (!url.Contains("participatieverordening", StringComparison.Ordinal)) return;
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Meting opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Measurement_Evidence-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, url + " (meting met fouten)");
    }

    [Fact]
    public async Task ProgressReportPagesHaveNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        await page.GotoAsync("/monitoring/rapportages");
        await AssertNoViolations(page, "rapportages");
        await page.GetByLabel("Titel").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapportage opstellen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Title-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "nieuwe rapportage met fouten");
        var report = fx.App.WithDb(db => db.Set<global::Plein.Monitoring.Reports.ProgressReport>().OrderBy(r => r.CreatedAt).First().Id);
        await page.GotoAsync($"/monitoring/rapportages/{report}");
        await AssertNoViolations(page, "rapportage");
    }

    [Fact]
    public async Task CouncilFormsWithErrorsHaveNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "griffier.zwolle@demo.plein.nl");
        await page.GotoAsync("/zwolle/raad/beheer/vergaderingen/nieuw/gegevens");
        await page.GetByLabel("Naam").FillAsync("");
        await page.GetByLabel("Digitale vergadering (volgens de Tijdelijke wet digitale beraadslaging)").CheckAsync();
        await page.GetByLabel("Besloten vergadering (niet openbaar)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_IsClosed-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "vergadering met fouten");
        await page.GotoAsync("/zwolle/raad/beheer/leden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Persoon toevoegen" }).Last.ClickAsync();
        await Assertions.Expect(page.Locator("#Person_Name-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "persoon met fouten");
    }

    [Fact]
    public async Task GrantFormWithErrorsHasNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        await page.GotoAsync("/gebieden/gronings-aardbevingsgebied/beheer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subsidie toekennen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#NewGrant_Amount-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "subsidie toekennen met fouten");
    }

    [Fact]
    public async Task RetentionFormWithErrorsHasNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "beheerder.zwolle@demo.plein.nl");
        await page.GotoAsync("/zwolle/beheer/bewaartermijnen");
        await page.Locator("#Input_Months_0_").FillAsync("999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Months_0_-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "bewaartermijnen met fouten");
    }

    public static TheoryData<string> LearningPages => new("/leren", "/leren/het-uitdaagrecht-in-uw-organisatie", "/leren/het-uitdaagrecht-in-uw-organisatie/les/{les}",
        "/leren/het-uitdaagrecht-in-uw-organisatie/les/{kennischeck}", "/certificaat", "/certificaat?code=DIA-22222-22222", "/certificaat?code=onzin", "/eemsdelta/leren",
        "/aanbod/het-uitdaagrecht-in-uw-organisatie");

    /// <summary>Eemsdelta's griffier completed the demo course (certificate shown) and follows the members' learning.</summary>
    [Theory, MemberData(nameof(LearningPages))]
    public async Task LearningPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "griffier.eemsdelta@demo.plein.nl");
        var lessons = fx.App.WithDb(db => db.Set<global::Plein.Learning.Courses.CourseVersion>().Single(v => v.Title == "Het uitdaagrecht in uw organisatie" && v.Number == 1).Content.Lessons);
        await page.GotoAsync(url.Replace("{les}", lessons[0].Id.ToString(), StringComparison.Ordinal).Replace("{kennischeck}", lessons.First(l => l.Check is not null).Id.ToString(), StringComparison.Ordinal));
        await AssertNoViolations(page, url);
    }

    public static TheoryData<string> LearningStaffPages => new("/leren/beheer", "/leren/beheer/bereik", "/leren/beheer/het-uitdaagrecht-in-uw-organisatie");

    [Theory, MemberData(nameof(LearningStaffPages))]
    public async Task LearningStaffPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        await page.GotoAsync(url);
        await AssertNoViolations(page, url);
    }

    /// <summary>A draft with a module, a lesson with a check, and each form showing its errors.</summary>
    [Fact]
    public async Task CourseDraftFormsWithErrorsHaveNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        await page.GotoAsync("/leren/beheer");
        await page.GetByLabel("Titel").FillAsync($"Axe-training {Guid.NewGuid():N}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmaken" }).ClickAsync();
        await page.GetByLabel("Titel van een nieuwe module").FillAsync("Eerste module");
        await page.GetByRole(AriaRole.Button, new() { Name = "Module toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Summary-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "concept met fouten");
        await page.GetByLabel("Module", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Eerste module" });
        await page.GetByLabel("Titel van de nieuwe les").FillAsync("Eerste les");
        await page.GetByRole(AriaRole.Button, new() { Name = "Les toevoegen" }).ClickAsync();
        await page.GetByLabel("Tekst van de les").FillAsync("Tekst.");
        await page.GetByLabel("Link naar een video").FillAsync("https://video.example.nl/x");
        await page.GetByLabel("Deze les heeft een kennischeck").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Les opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_VideoTranscript-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "les met fouten");
        await page.GetByLabel("Link naar een video").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Les opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag toevoegen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Question_Correct-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "vraag met fouten");
    }

    /// <summary>Fills {gesprek} and {knelpunt} with the demo discussion and knelpunt on the RES, and the area's demo rows.</summary>
    private string Knowledge(string url)
    {
        var (request, grant, village) = fx.App.WithDb(db => (
            db.National<global::Plein.AreaSupport.Requests.AreaSupportRequest>().OrderBy(r => r.CreatedAt).First().Id,
            db.National<global::Plein.AreaSupport.Grants.Grant>().Where(g => g.ReportedAt != null).OrderBy(g => g.GrantedAt).First().Id,
            db.National<global::Plein.AreaSupport.Villages.VillageInitiative>().OrderBy(v => v.CreatedAt).First().Id));
        url = url.Replace("{steunvraag}", request.ToString(), StringComparison.Ordinal).Replace("{subsidie}", grant.ToString(), StringComparison.Ordinal).Replace("{dorp}", village.ToString(), StringComparison.Ordinal);
        var (discussion, bottleneck) = fx.App.WithDb(db => (
            db.Set<global::Plein.Knowledge.Discussions.Discussion>().OrderBy(d => d.CreatedAt).First().Id,
            db.Set<global::Plein.Knowledge.Bottlenecks.Bottleneck>().OrderBy(b => b.CreatedAt).First().Id));
        return url.Replace("{gesprek}", discussion.ToString(), StringComparison.Ordinal).Replace("{knelpunt}", bottleneck.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Fills {proces}, {voorstel}, {reactie}, {vragenlijst} and {concept} with demo rows of "Groenplan Assendorp" and the playground draft survey.</summary>
    private string Real(string url)
    {
        var scan = fx.App.WithDb(db => db.National<global::Plein.QuickScan.Scans.Scan>().Single(s => s.State == global::Plein.QuickScan.Scans.ScanState.Gesloten).Id);
        var (process, proposal, comment, survey, draft, job) = fx.App.WithDb(db =>
        {
            var p = db.National<global::Plein.Participation.Process>().Single(x => x.Title == "Groenplan Assendorp").Id;
            var c = db.National<global::Plein.Participation.Comments.Comment>().First(x => x.ParentId == null);
            var s = db.National<global::Plein.Platform.Surveys.Survey>().Single(x => x.Title == "Groen in uw straat").Id;
            var d = db.National<global::Plein.Platform.Surveys.Survey>().Single(x => x.Title == "Wat wil jij in de speeltuin?").Id;
            var j = db.National<global::Plein.Platform.Jobs.BackgroundJob>().First(x => x.Title == "Adressenlijst laden: Assendorp").Id;
            return (p, c.ProposalId, c.Id, s, d, j);
        });
        return url.Replace("{proces}", process.ToString(), StringComparison.Ordinal).Replace("{voorstel}", proposal.ToString(), StringComparison.Ordinal)
            .Replace("{reactie}", comment.ToString(), StringComparison.Ordinal).Replace("{vragenlijst}", survey.ToString(), StringComparison.Ordinal)
            .Replace("{concept}", draft.ToString(), StringComparison.Ordinal).Replace("{taak}", job.ToString(), StringComparison.Ordinal)
            .Replace("{scan}", scan.ToString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(PublicPages))]
    public async Task PublicPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(Real(url));
        await AssertNoViolations(page, url);
    }

    [Theory, MemberData(nameof(SignedInPages))]
    public async Task SignedInPageHasNoViolations(string url)
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "beheerder.zwolle@demo.plein.nl");
        await page.GotoAsync(Real(url));
        await AssertNoViolations(page, url);
    }

    /// <summary>A concept of the questionnaire: its page, a theme's form with errors, then thrown away again.</summary>
    [Fact]
    public async Task QuestionnaireConceptPagesHaveNoViolations()
    {
        var page = await fx.NewPageAsync();
        await Flows.SignIn.AsAdminAsync(page, "programmamedewerker.programma@demo.plein.nl");
        await page.GotoAsync("/quickscan/vragenlijst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe versie maken" }).ClickAsync();
        try
        {
            await AssertNoViolations(page, "concept");
            await page.GetByRole(AriaRole.Link, new() { Name = "Thema wijzigen: Een krachtige volksvertegenwoordiging" }).ClickAsync();
            await page.GetByLabel("Titel van het thema").FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Input_Title-error")).ToBeVisibleAsync();
            await AssertNoViolations(page, "thema wijzigen met fouten");
        }
        finally
        {
            fx.App.WithDb(db => db.Set<global::Plein.QuickScan.Questionnaire.QuestionnaireVersion>().Where(v => v.PublishedAt == null).ExecuteDelete());
        }
    }

    [Fact]
    public async Task FormWithErrorsHasNoViolations()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/registreren");
        await page.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Email-error")).ToBeVisibleAsync();
        await AssertNoViolations(page, "registreren met fouten");
    }

    [Fact]
    public async Task EnglishPageHasNoViolations()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await AssertNoViolations(page, "/ (English)");
    }

    private static async Task AssertNoViolations(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(5).Select(n => n.Html))));
        Assert.True(result.Violations.Length == 0, $"{what}:\n{report}");
    }
}
