using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.AreaSupport.Grants;
using Plein.AreaSupport.Requests;
using Plein.AreaSupport.Villages;
using Plein.Tests.Support;

namespace Plein.Tests.AreaSupport;

/// <summary>The Groningen earthquake area: support requests, grants with their spending report, and the village initiatives register.</summary>
[Collection(AppCollection.Name)]
public sealed class AreaSupportTests(Apps apps)
{
    private const string Area = "/gebieden/gronings-aardbevingsgebied";

    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TheAreaIsForItsOrganisationsPeopleAndProgrammeStaff(string provider)
    {
        var app = apps[provider];
        Assert.Equal(8, app.WithDb(db => db.Set<global::Plein.AreaSupport.AreaOrganisation>().Count()));
        foreach (var (email, area, admin) in new[]
        {
            (Demo.Email("ambtenaar", "eemsdelta"), HttpStatusCode.OK, HttpStatusCode.Forbidden), (Demo.Email("raadslid", "eemsdelta"), HttpStatusCode.OK, HttpStatusCode.Forbidden),
            (Demo.Email("beheerder", "eemsdelta"), HttpStatusCode.OK, HttpStatusCode.Forbidden), (Demo.Email("inwoner", "eemsdelta"), HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (Demo.Email("ambtenaar", "zwolle"), HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (Demo.Email("programmamedewerker", "programma"), HttpStatusCode.OK, HttpStatusCode.OK),
        })
        {
            using var client = app.Client();
            await client.SignInAsync(email);
            Assert.True(area == (await client.GetAsync(Area, follow: false)).Status, email);
            Assert.True(admin == (await client.GetAsync(Area + "/beheer", follow: false)).Status, email);
        }
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Area, follow: false)).Status);
        using var zwolle = app.Client();
        await zwolle.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        Assert.Contains("hoort niet bij een gebied", (await zwolle.GetAsync("/zwolle/gebiedsondersteuning")).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ASupportRequestIsHandledWithMessages(string provider)
    {
        var app = apps[provider];
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "eemsdelta"));
        var page = await clerk.GetAsync("/eemsdelta/gebiedsondersteuning");
        var refused = await clerk.SubmitAsync(page, new Dictionary<string, string> { ["Input.Subject"] = "", ["Input.Question"] = "Wie helpt bij digitale participatie?", ["Input.WantedBy"] = "" }, "#vraag");
        Assert.Equal("Schrijf waar uw vraag over gaat.", refused.FieldError("Input.Subject"));
        Assert.Equal("Schrijf wanneer u de steun nodig heeft.", refused.FieldError("Input.WantedBy"));
        Assert.Equal("Wie helpt bij digitale participatie?", refused.Value("Input.Question"));
        var subject = $"Digitale participatie in de dorpen ({provider})";
        await clerk.SubmitAsync(page, new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Question"] = "Wie helpt bij digitale participatie?", ["Input.WantedBy"] = "Na de zomer" }, "#vraag");
        Assert.Contains(subject, (await app.Smtp.WaitForMailToAsync(Demo.Email("programmamedewerker", "programma"), subjectStart: "Steunvraag Gronings aardbevingsgebied: Eemsdelta")).TextBody, StringComparison.Ordinal);
        var id = app.WithDb(db => db.National<AreaSupportRequest>().Single(r => r.Subject == subject).Id);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        Assert.Contains(subject, (await staff.GetAsync(Area + "/beheer")).Text, StringComparison.Ordinal);
        var handling = await staff.GetAsync($"{Area}/beheer/vragen/{id}");
        var noReason = await staff.SubmitAsync(handling, new Dictionary<string, string> { ["Step.State"] = "Afgewezen", ["Step.Message"] = "" }, "#stap");
        Assert.Equal("Schrijf waarom het programma deze vraag niet oppakt.", noReason.FieldError("Step.Message"));
        await staff.SubmitAsync(handling, new Dictionary<string, string> { ["Step.State"] = "Toegezegd", ["Step.Message"] = "Een adviseur komt twee dagen langs." }, "#stap");
        var mail = await app.Smtp.WaitForMailToAsync(Demo.Email("ambtenaar", "eemsdelta"), subjectStart: $"Uw vraag om steun: {subject}");
        Assert.Contains("Een adviseur komt twee dagen langs.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("toegezegd", (await clerk.GetAsync("/eemsdelta/gebiedsondersteuning")).Text, StringComparison.Ordinal);
        // The same form, sent again from the old page, is stale: a colleague's change is not overwritten.
        var stale = await staff.SubmitAsync(handling, new Dictionary<string, string> { ["Step.State"] = "Afgerond", ["Step.Message"] = "" }, "#stap");
        Assert.Contains("Een collega heeft deze vraag net gewijzigd.", stale.Text, StringComparison.Ordinal);
        Assert.Equal(AreaRequestState.Toegezegd, app.WithDb(db => db.National<AreaSupportRequest>().Single(r => r.Id == id).State));
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Any(a => a.Action == "gebied.steunvraag-toegezegd" && a.Subject == subject)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AGrantIsReportedSentBackAndSettled(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var admin = await staff.GetAsync(Area + "/beheer");
        var wrong = await staff.SubmitAsync(admin, new Dictionary<string, string>
        {
            ["NewGrant.Organisation"] = "zwolle", ["NewGrant.Purpose"] = "Raadsconferentie", ["NewGrant.Description"] = "Conferentie", ["NewGrant.Amount"] = "0", ["NewGrant.ReportDue"] = "2020-01-01",
        }, "#subsidie");
        Assert.Equal("Kies een organisatie uit dit gebied.", wrong.FieldError("NewGrant.Organisation"));
        Assert.Equal("Vul een bedrag in van 1 tot 1.000.000 euro.", wrong.FieldError("NewGrant.Amount"));
        Assert.Equal("Kies een datum na vandaag.", wrong.FieldError("NewGrant.ReportDue"));
        Assert.Equal("Conferentie", wrong.Value("NewGrant.Description"));
        var description = $"Raadsconferentie over de dorpen ({provider})";
        var due = DateTime.UtcNow.Date.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await staff.SubmitAsync(admin, new Dictionary<string, string>
        {
            ["NewGrant.Organisation"] = "eemsdelta", ["NewGrant.Purpose"] = "Raadsconferentie", ["NewGrant.Description"] = description, ["NewGrant.Amount"] = "15000,50", ["NewGrant.ReportDue"] = due,
        }, "#subsidie");
        var grant = app.WithDb(db => db.National<Grant>().Single(g => g.Description == description));
        Assert.Equal(15000.50m, grant.Amount);
        Assert.Contains($"/eemsdelta/gebiedsondersteuning/subsidies/{grant.Id}", (await app.Smtp.WaitForMailToAsync(Demo.Email("griffier", "eemsdelta"), subjectStart: "Subsidie toegekend")).TextBody, StringComparison.Ordinal);

        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "eemsdelta"));
        var report = await clerk.GetAsync($"/eemsdelta/gebiedsondersteuning/subsidies/{grant.Id}");
        var bad = await clerk.SubmitAsync(report, new Dictionary<string, string> { ["Input.Spent"] = "veel", ["Input.Report"] = "" }, "#verantwoording");
        Assert.NotNull(bad.FieldError("Input.Spent"));
        Assert.Equal("Schrijf wat u met het geld heeft gedaan.", bad.FieldError("Input.Report"));
        Assert.Equal("veel", bad.Value("Input.Spent"));
        await clerk.SubmitAsync(report, new Dictionary<string, string> { ["Input.Spent"] = "14200", ["Input.Report"] = "Honderd inwoners kwamen." }, "#verantwoording");
        Assert.Equal(GrantState.Verantwoord, app.WithDb(db => db.National<Grant>().Single(g => g.Id == grant.Id).State));
        var again = await clerk.SubmitAsync(report, new Dictionary<string, string> { ["Input.Spent"] = "1", ["Input.Report"] = "Toch anders." }, "#verantwoording");
        Assert.Contains("De verantwoording is al ingediend.", again.Text, StringComparison.Ordinal);
        Assert.Equal(14200m, app.WithDb(db => db.National<Grant>().Single(g => g.Id == grant.Id).Spent));

        var review = await staff.GetAsync($"{Area}/beheer/subsidies/{grant.Id}");
        Assert.Equal("Schrijf wat de organisatie moet aanpassen.", (await staff.SubmitAsync(review, new Dictionary<string, string> { ["Review.Settle"] = "false", ["Review.Remark"] = "" }, "#beoordelen")).FieldError("Review.Remark"));
        await staff.SubmitAsync(review, new Dictionary<string, string> { ["Review.Settle"] = "false", ["Review.Remark"] = "Voeg de facturen van de zaalhuur toe." }, "#beoordelen");
        report = await clerk.GetAsync($"/eemsdelta/gebiedsondersteuning/subsidies/{grant.Id}");
        Assert.Contains("Voeg de facturen van de zaalhuur toe.", report.Text, StringComparison.Ordinal);
        await clerk.SubmitAsync(report, new Dictionary<string, string> { ["Input.Spent"] = "14200", ["Input.Report"] = "Honderd inwoners kwamen. Facturen: zaalhuur 2.100 euro." }, "#verantwoording");
        review = await staff.GetAsync($"{Area}/beheer/subsidies/{grant.Id}");
        await staff.SubmitAsync(review, new Dictionary<string, string> { ["Review.Settle"] = "true", ["Review.Remark"] = "" }, "#beoordelen");
        Assert.Equal(GrantState.Vastgesteld, app.WithDb(db => db.National<Grant>().Single(g => g.Id == grant.Id).State));
        Assert.Null((await clerk.GetAsync($"/eemsdelta/gebiedsondersteuning/subsidies/{grant.Id}")).Document.QuerySelector("#verantwoording"));
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Count(a => a.OrganisationId == grant.OrganisationId && a.Action.StartsWith("gebied.subsidie-") && a.At >= grant.GrantedAt) >= 5));

        // Another organisation cannot open it, not even with its id.
        using var zwolle = app.Client();
        await zwolle.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        Assert.Equal(HttpStatusCode.NotFound, (await zwolle.GetAsync($"/zwolle/gebiedsondersteuning/subsidies/{grant.Id}", follow: false)).Status);
        var totals = await staff.GetAsync(Area + "/beheer");
        Assert.NotNull(totals.Document.QuerySelector("svg[role=img]"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task VillageInitiativesAreKeptByTheirMunicipalityAndSeenInTheArea(string provider)
    {
        var app = apps[provider];
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "eemsdelta"));
        var form = await clerk.GetAsync(Area + "/dorpsinitiatieven/nieuw");
        Assert.Equal(2, form.Document.QuerySelectorAll("#Input_Municipality option").Length);
        var name = $"Dorpsbelangen Westeremden ({provider})";
        var bad = await clerk.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Municipality"] = "het-hogeland", ["Input.Name"] = name, ["Input.Village"] = "", ["Input.ContactName"] = "Grietje de Vries", ["Input.ContactEmail"] = "grietje", ["Input.Status"] = "Actief",
        }, "#initiatief");
        Assert.Equal("Kies de gemeente uit de lijst.", bad.FieldError("Input.Municipality"));
        Assert.Equal("Vul het dorp in.", bad.FieldError("Input.Village"));
        Assert.Equal("Vul een e-mailadres in zoals naam@voorbeeld.nl.", bad.FieldError("Input.ContactEmail"));
        Assert.Equal(name, bad.Value("Input.Name"));
        var saved = await clerk.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Municipality"] = "eemsdelta", ["Input.Name"] = name, ["Input.Village"] = "Westeremden", ["Input.ContactName"] = "Grietje de Vries", ["Input.ContactEmail"] = "grietje@example.nl",
            ["Input.Status"] = "Actief", ["Input.Needs"] = "Hulp bij de dorpsvisie.", ["Input.Steps"] = "kennismaken",
        }, "#initiatief");
        Assert.Contains("Het dorpsinitiatief is opgeslagen.", saved.Text, StringComparison.Ordinal);
        var id = app.WithDb(db => db.National<VillageInitiative>().Single(v => v.Name == name).Id);

        // Everyone working in the area reads it, with its contact; a council member does not edit it.
        using var councillor = app.Client();
        await councillor.SignInAsync(Demo.Email("raadslid", "eemsdelta"));
        var list = await councillor.GetAsync(Area + "?gemeente=eemsdelta&stand=Actief");
        Assert.Contains(name, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpscoöperatie Zuidbroek", list.Text, StringComparison.Ordinal);
        var read = await councillor.GetAsync($"{Area}/dorpsinitiatieven/{id}");
        Assert.Contains("grietje@example.nl", read.Text, StringComparison.Ordinal);
        Assert.Null(read.Document.QuerySelector("#initiatief"));
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync(Area + "/dorpsinitiatieven/nieuw", follow: false)).Status);

        // Two edits from the same version: the second is refused, nothing of it is stored.
        var edit = await clerk.GetAsync($"{Area}/dorpsinitiatieven/{id}");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Village"] = "Westeremden", ["Input.ContactName"] = "Grietje de Vries", ["Input.ContactEmail"] = "grietje@example.nl", ["Input.Status"] = "Actief",
            ["Input.Needs"] = "Hulp bij de dorpsvisie.", ["Input.Steps"] = "dorpsgesprek",
        };
        await clerk.SubmitAsync(edit, fields, "#initiatief");
        Assert.Equal(["dorpsgesprek"], app.WithDb(db => db.National<VillageInitiative>().Single(v => v.Id == id).StepsDone));
        fields["Input.Needs"] = "Iets anders.";
        var stale = await clerk.SubmitAsync(edit, fields, "#initiatief");
        Assert.StartsWith("Iemand anders heeft dit initiatief net gewijzigd.", stale.FieldError("Input.Name"), StringComparison.Ordinal);
        Assert.Equal("Hulp bij de dorpsvisie.", app.WithDb(db => db.National<VillageInitiative>().Single(v => v.Id == id).Needs));
        fields["Input.Steps"] = "bestaat-niet";
        var wrongStep = await clerk.SubmitAsync(await clerk.GetAsync($"{Area}/dorpsinitiatieven/{id}"), fields, "#initiatief");
        Assert.Equal("Kies de stappen uit de lijst.", wrongStep.FieldError("Input.Steps"));
    }
}
