using System.Globalization;
using System.Net;
using System.Text.Json;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Council.Voting;
using Plein.Platform.Audit;
using Plein.Platform.Documents;
using Plein.Tests.Support;

namespace Plein.Tests.Council;

/// <summary>
/// The griffie's forms: planning a meeting, the agenda with its documents, decisions and motions, and the members over
/// time; who may use them, and what a member's account keeps of the council after export and erasure.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CouncilManagementTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private const string Admin = "/zwolle/raad/beheer";
    private static DateOnly Today => global::Plein.Platform.Tenancy.Organisation.Today;

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyTheGriffieAndBeheerdersOfTheOrganisationManageTheCouncil(string provider)
    {
        var app = apps[provider];
        var meeting = CouncilSetup.NewMeeting(app, $"Beheertest rechten {provider}", digital: false);
        string[] pages = [Admin, $"{Admin}/vergaderingen/nieuw/gegevens", $"{Admin}/vergaderingen/{meeting.Id}/gegevens", $"{Admin}/vergaderingen/{meeting.Id}", $"{Admin}/leden"];

        using var anonymous = app.Client();
        foreach (var url in pages)
        {
            var page = await anonymous.GetAsync(url, follow: false);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.Contains("/account/inloggen", page.Response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        foreach (var (role, org) in new[] { ("inwoner", "zwolle"), ("raadslid", "zwolle"), ("ambtenaar", "zwolle"), ("griffier", "overijssel") })
        {
            using var other = await SignedInAsync(app, role, org);
            foreach (var url in pages) Assert.True(HttpStatusCode.Forbidden == (await other.GetAsync(url, follow: false)).Status, $"{role}.{org} {url}");
        }
        // A member has a form with a token in the meeting room; the agenda's handlers still refuse them.
        using var member = await SignedInAsync(app, "raadslid");
        var room = await member.GetAsync(meeting.Url + "/zaal");
        var posted = await member.PostAsync($"{Admin}/vergaderingen/{meeting.Id}?handler=Item", [new("__RequestVerificationToken", CouncilSetup.Token(room)), .. ItemFields("9", "Van een raadslid")], follow: false);
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.False(app.WithDb(db => db.National<AgendaItem>().Any(i => i.MeetingId == meeting.Id && i.Label == "9")));

        foreach (var role in new[] { "griffier", "beheerder" })
        {
            using var clerk = await SignedInAsync(app, role);
            foreach (var url in pages) Assert.True(HttpStatusCode.OK == (await clerk.GetAsync(url, follow: false)).Status, $"{role} {url}");
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheGriffiePlansChangesAndCancelsAMeeting(string provider)
    {
        var app = apps[provider];
        using var griffier = await SignedInAsync(app, "griffier");
        var form = await griffier.GetAsync($"{Admin}/vergaderingen/nieuw/gegevens");
        var name = $"Beheertest vergadering {provider}";
        var valid = new Dictionary<string, string>
        {
            ["Input.BodyId"] = Option(form, "Input.BodyId", "Gemeenteraad van Zwolle"), ["Input.Type"] = "Raadsvergadering", ["Input.Name"] = name,
            ["Input.Date"] = Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Starts"] = "19:30", ["Input.Ends"] = "22:00", ["Input.Location"] = "Stadhuis, raadzaal",
        };

        var empty = await griffier.SubmitAsync(form, valid.ToDictionary(f => f.Key, _ => ""), "#vergadering");
        AssertErrors(empty, ("Input.BodyId", "Kies het orgaan dat vergadert."), ("Input.Type", "Kies het soort vergadering."), ("Input.Name", "Geef de vergadering een naam."),
            ("Input.Date", "Vul de datum in, bijvoorbeeld 2027-01-28."), ("Input.Starts", "Vul de begintijd in, bijvoorbeeld 19:30."), ("Input.Ends", "Vul de eindtijd in, bijvoorbeeld 23:00."),
            ("Input.Location", "Vul in waar de vergadering is, of kies een digitale vergadering."));

        var wrong = await griffier.SubmitAsync(form, With(valid, ("Input.IsDigital", "true"), ("Input.IsClosed", "true"), ("Input.Ends", "19:00"), ("Input.LivestreamUrl", "http://live.example/zwolle")), "#vergadering");
        AssertErrors(wrong, ("Input.IsClosed", "Een besloten vergadering kan niet digitaal. De wet staat alleen openbare digitale vergaderingen toe."),
            ("Input.Ends", "De eindtijd moet na de begintijd liggen."), ("Input.LivestreamUrl", "Vul een volledig webadres in dat begint met https://."));
        Assert.Equal(name, wrong.Value("Input.Name"));
        Assert.Equal("http://live.example/zwolle", wrong.Value("Input.LivestreamUrl"));
        Assert.NotNull(wrong.Document.QuerySelector("input[name='Input.IsDigital'][checked]"));
        var noStream = await griffier.SubmitAsync(form, With(valid, ("Input.IsDigital", "true")), "#vergadering");
        AssertErrors(noStream, ("Input.LivestreamUrl", "Een digitale vergadering moet live te volgen zijn. Vul het adres van de livestream in."));
        Assert.False(app.WithDb(db => db.National<Meeting>().Any(m => m.Name == name)));

        var saved = await griffier.SubmitAsync(form, valid, "#vergadering");
        var id = app.WithDb(db => db.National<Meeting>().Single(m => m.Name == name).Id);
        Assert.Equal($"{Admin}/vergaderingen/{id}", saved.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("De vergadering is gepland. Zet nu de agenda klaar.", saved.Text, StringComparison.Ordinal);
        Assert.True(Audited(app, "raad.vergadering-gepland", name));

        // Two tabs on the same meeting: the second save, on the old version, is refused instead of overwriting.
        var edit = await griffier.GetAsync($"{Admin}/vergaderingen/{id}/gegevens");
        var current = HtmlClient.Values(edit, [.. valid.Keys]);
        Assert.Contains("De vergadering is bijgewerkt.", (await griffier.SubmitAsync(edit, With(current, ("Input.Location", "Stadhuis, commissiekamer")), "#vergadering")).Text, StringComparison.Ordinal);
        var stale = await griffier.SubmitAsync(edit, With(current, ("Input.Location", "Ergens anders")), "#vergadering");
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains("Iemand anders heeft deze vergadering net gewijzigd.", stale.Text, StringComparison.Ordinal);
        Assert.Equal("Stadhuis, commissiekamer", app.WithDb(db => db.National<Meeting>().Single(m => m.Id == id).Location));

        edit = await griffier.GetAsync($"{Admin}/vergaderingen/{id}/gegevens");
        await griffier.SubmitAsync(edit, With(HtmlClient.Values(edit, [.. valid.Keys]), ("Input.Cancelled", "true")), "#vergadering");
        Assert.Equal(MeetingStatus.Geannuleerd, app.WithDb(db => db.National<Meeting>().Single(m => m.Id == id).Status));
        using var anonymous = app.Client();
        Assert.Contains("geannuleerd", (await anonymous.GetAsync($"/zwolle/raad/vergaderingen/{id}")).Document.QuerySelector("dl.plein-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CANCELLED", Assert.Single(Ical.Net.Calendar.Load(await anonymous.Http.GetStringAsync($"/zwolle/raad/vergaderingen/{id}.ics"))!.Events).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AgendaItemsAreCheckedAndSubItemsFollowTheirMainItem(string provider)
    {
        var app = apps[provider];
        var meeting = CouncilSetup.NewMeeting(app, $"Beheertest agenda {provider}", digital: false);
        var other = CouncilSetup.NewMeeting(app, $"Beheertest andere agenda {provider}", digital: false);
        using var griffier = await SignedInAsync(app, "griffier");
        var agenda = await griffier.GetAsync($"{Admin}/vergaderingen/{meeting.Id}");

        AssertErrors(await griffier.SubmitAsync(agenda, ItemFields("", ""), "#agendapunt"),
            ("Item.Label", "Vul het nummer in zoals het op de agenda staat, bijvoorbeeld 3 of 3a."), ("Item.Title", "Geef het agendapunt een titel."));
        AssertErrors(await griffier.SubmitAsync(agenda, ItemFields(" 1 ", "Nog een eerste punt"), "#agendapunt"), ("Item.Label", "Dit nummer staat al op de agenda. Kies een ander nummer."));
        var foreign = await griffier.SubmitAsync(agenda, ItemFields("3a", "Subpunt elders", parent: other.MotionItemId), "#agendapunt");
        AssertErrors(foreign, ("Item.ParentId", "Kies een hoofdpunt van deze agenda."));
        Assert.Equal("Subpunt elders", foreign.Value("Item.Title"));
        Assert.Equal(2, app.WithDb(db => db.National<AgendaItem>().Count(i => i.MeetingId == meeting.Id)));

        var main = await AddItemAsync(app, griffier, meeting.Id, ItemFields("3", $"Beheertest hoofdpunt {provider}"));
        await AddItemAsync(app, griffier, meeting.Id, ItemFields("3a", $"Beheertest subpunt {provider}", parent: main));
        using var anonymous = app.Client();
        var page = await anonymous.GetAsync(meeting.Url);
        var headings = page.Document.QuerySelectorAll("ol.plein-agenda h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["1. Moties", "2. Benoeming griffier", $"3. Beheertest hoofdpunt {provider}", $"3a. Beheertest subpunt {provider}"], headings);
        Assert.Equal($"3a. Beheertest subpunt {provider}", page.Document.QuerySelector("ol.plein-agenda ol.plein-agenda h3")!.TextContent.Trim());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyARealPdfIsStoredItsTextIsSearchableAndAClosedItemKeepsItsDocuments(string provider)
    {
        var app = apps[provider];
        var meeting = CouncilSetup.NewMeeting(app, $"Beheertest stukken {provider}", digital: false);
        using var griffier = await SignedInAsync(app, "griffier");
        var agenda = await griffier.GetAsync($"{Admin}/vergaderingen/{meeting.Id}");
        var item = meeting.MotionItemId;
        var signer = CouncilSetup.Members(app)[0].PersonId.ToString();

        AssertErrors(await griffier.SubmitFilesAsync(agenda, With(DocFields(item, "Motie", $"Motie zonder tekst {provider}"), ("Doc.MotionType", "Voorstel")), "#stuk"),
            ("Doc.Text", "Schrijf de tekst van de motie of het amendement."), ("Doc.Signers", "Kies wie de motie of het amendement indient."));
        AssertErrors(await griffier.SubmitFilesAsync(agenda, With(DocFields(item, "Amendement", $"Amendement zonder voorstel {provider}"), ("Doc.Text", "Voeg iets toe."), ("Doc.Signers", signer)), "#stuk"),
            ("Doc.AmendsId", "Kies het voorstel dat het amendement wijzigt."));
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        var docx = new byte[] { 0x50, 0x4B, 0x03, 0x04, 20, 0, 6, 0 };
        foreach (var (fileName, bytes) in new[] { ($"plaatje-{provider}.pdf", png), ($"voorstel-{provider}.docx", docx) })
        {
            var refused = await griffier.SubmitFilesAsync(agenda, DocFields(item, "Raadsvoorstel", $"Geen PDF {provider}"), "#stuk", ("Doc.File", fileName, bytes));
            AssertErrors(refused, ("Doc.File", "Dit soort bestand kunt u niet uploaden. Kies een bestand van het soort PDF."));
            Assert.Equal($"Geen PDF {provider}", refused.Value("Doc.Title"));
            Assert.False(app.WithDb(db => db.Files.Any(f => f.FileName == fileName)));
        }
        Assert.False(app.WithDb(db => db.National<CouncilDocument>().Any(d => d.Title == $"Geen PDF {provider}")));

        // The words are only in the PDF, not in the title: search finds them through the extracted text.
        var words = $"kwartelkoning weidevogels{provider}";
        var open = await UploadPdfAsync(app, griffier, meeting.Id, item, $"Raadsvoorstel beheertest {provider}", $"Bescherming van de {words} in Zwolle");
        using var anonymous = app.Client();
        var download = await anonymous.Http.GetAsync(new Uri($"/zwolle/raad/documenten/{open}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Raadsvoorstel beheertest {provider}", (await anonymous.GetAsync($"/zwolle/raad/zoeken?q={Uri.EscapeDataString(words)}")).Text, StringComparison.Ordinal);

        var closedItem = await AddItemAsync(app, griffier, meeting.Id, ItemFields("3", "Grondtransactie", closed: true));
        var secret = await UploadPdfAsync(app, griffier, meeting.Id, closedItem, $"Vertrouwelijk taxatierapport {provider}", $"Taxatie grutto{provider}");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(new Uri($"/zwolle/raad/documenten/{secret}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await griffier.Http.GetAsync(new Uri($"/zwolle/raad/documenten/{secret}", UriKind.Relative))).StatusCode);
        Assert.Contains("0 resultaten", (await anonymous.GetAsync($"/zwolle/raad/zoeken?q=grutto{provider}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Vertrouwelijk taxatierapport {provider}", (await anonymous.GetAsync(meeting.Url)).Text, StringComparison.Ordinal);
        // In a besloten meeting every item is closed: the motion's text is for the griffie, as its download and search are.
        var closedMeeting = CouncilSetup.NewMeeting(app, $"Beheertest besloten {provider}", digital: false, closed: true);
        Assert.DoesNotContain("De raad verzoekt het college iets.", (await anonymous.GetAsync(closedMeeting.Url)).Text, StringComparison.Ordinal);
        Assert.Contains("De raad verzoekt het college iets.", (await griffier.GetAsync(closedMeeting.Url)).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MotionsDecisionsAndWithdrawalFollowTheRules(string provider)
    {
        var app = apps[provider];
        var meeting = CouncilSetup.NewMeeting(app, $"Beheertest moties {provider}", digital: false);
        using var griffier = await SignedInAsync(app, "griffier");
        var url = $"{Admin}/vergaderingen/{meeting.Id}";
        var agenda = await griffier.GetAsync(url);
        var signer = CouncilSetup.Members(app)[0];

        var title = $"Motie Bankjes in het park {provider}";
        var added = await griffier.SubmitFilesAsync(agenda, With(DocFields(meeting.MotionItemId, "Motie", title), ("Doc.MotionType", "Voorstel"),
            ("Doc.Text", "De raad verzoekt het college meer bankjes te plaatsen."), ("Doc.Signers", signer.PersonId.ToString())), "#stuk");
        Assert.Contains("Het stuk is toegevoegd.", added.Text, StringComparison.Ordinal);
        using var anonymous = app.Client();
        Assert.Contains($"Ingediend door: {signer.Name}", (await anonymous.GetAsync(meeting.Url)).Text, StringComparison.Ordinal);

        AssertErrors(await griffier.SubmitAsync(agenda, new Dictionary<string, string> { ["Decision.ItemId"] = "", ["Decision.Decision"] = " " }, "#besluit"),
            ("Decision.ItemId", "Kies het agendapunt."), ("Decision.Decision", "Schrijf wat de raad besloot, bijvoorbeeld: aangenomen met 17 stemmen voor en 12 tegen."));
        var decision = $"Aangenomen met 20 stemmen voor en 9 tegen ({provider}).";
        await griffier.SubmitAsync(agenda, new Dictionary<string, string> { ["Decision.ItemId"] = meeting.MotionItemId.ToString(), ["Decision.Decision"] = decision, ["Decision.Commitment"] = "De wethouder komt erop terug." }, "#besluit");
        var decisions = await anonymous.GetAsync(meeting.Url + "/besluitenlijst");
        Assert.Contains(decision, decisions.Text, StringComparison.Ordinal);
        Assert.Contains("De wethouder komt erop terug.", decisions.Text, StringComparison.Ordinal);
        Assert.True(Audited(app, "raad.besluit-vastgelegd", "1. Moties"));

        var withdrawn = await SetMotionStatusAsync(griffier, url, meeting.MotionId, MotionStatus.Ingetrokken);
        Assert.Contains("De stand van het stuk is bijgewerkt.", withdrawn.Text, StringComparison.Ordinal);
        var motion = (await anonymous.GetAsync(meeting.Url)).Document.QuerySelectorAll("ol.plein-agenda ul > li").Single(li => li.TextContent.Contains($"Motie Beheertest moties {provider}", StringComparison.Ordinal));
        Assert.Equal("ingetrokken", motion.QuerySelector(".plein-tag")!.TextContent);
        // Withdrawn is final, and a motion the raad already voted on stays as voted.
        var revived = await SetMotionStatusAsync(griffier, url, meeting.MotionId, MotionStatus.Ingediend);
        Assert.Contains("Alleen een ingediende motie of amendement waarover nog niet is gestemd", revived.Text, StringComparison.Ordinal);
        Assert.Equal(MotionStatus.Ingetrokken, StatusOf(app, meeting.MotionId));
        var adopted = app.WithDb(db =>
        {
            var document = db.National<CouncilDocument>().Single(d => d.Title == title);
            document.Status = MotionStatus.Aangenomen;
            db.SaveChanges();
            return document.Id;
        });
        Assert.Contains("Alleen een ingediende motie of amendement waarover nog niet is gestemd", (await SetMotionStatusAsync(griffier, url, adopted, MotionStatus.Ingetrokken)).Text, StringComparison.Ordinal);
        Assert.Equal(MotionStatus.Aangenomen, StatusOf(app, adopted));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheGriffieKeepsMembersFractiesAndSeatsOverTime(string provider)
    {
        var app = apps[provider];
        using var griffier = await SignedInAsync(app, "griffier");
        var people = await griffier.GetAsync($"{Admin}/leden");
        var name = $"Beheertest Raadslid {provider}";
        var sp = Option(people, "Person.FractionId", "SP");
        var person = new Dictionary<string, string> { ["Person.Name"] = name, ["Person.Function"] = "Raadslid", ["Person.FractionId"] = sp, ["Person.Starts"] = Iso(Today.AddDays(-10)) };

        AssertErrors(await griffier.SubmitAsync(people, With(person, ("Person.FractionId", "")), "#persoon"), ("Person.FractionId", "Kies de fractie van het raadslid."));
        foreach (var email in new[] { $"niemand-{Guid.NewGuid():N}@voorbeeld.nl", Demo.Email("inwoner", "overijssel") })
            AssertErrors(await griffier.SubmitAsync(people, With(person, ("Person.Email", email)), "#persoon"),
                ("Person.Email", "Er is geen account met dit e-mailadres bij uw organisatie. Geef de persoon eerst een rol bij de organisatie."));
        AssertErrors(await griffier.SubmitAsync(people, With(person, ("Person.Email", Demo.Email("raadslid", "zwolle"))), "#persoon"), ("Person.Email", "Dit account hoort al bij een ander lid van de raad."));
        Assert.False(app.WithDb(db => db.National<CouncilPerson>().Any(p => p.Name == name)));

        var added = await griffier.SubmitAsync(people, person, "#persoon");
        var id = app.WithDb(db => db.National<CouncilPerson>().Single(p => p.Name == name).Id);
        try
        {
            Assert.Contains($"{name} is toegevoegd.", added.Text, StringComparison.Ordinal);
            Assert.Contains("De raad heeft nu 30 leden met een zetel.", added.Text, StringComparison.Ordinal);
            using var anonymous = app.Client();
            Assert.Contains(name, FractionRow(await anonymous.GetAsync("/zwolle/raad"), "SP"), StringComparison.Ordinal);

            var change = new Dictionary<string, string> { ["Change.PersonId"] = id.ToString(), ["Change.FractionId"] = Option(people, "Change.FractionId", "D66"), ["Change.From"] = Iso(Today.AddDays(-5)) };
            Assert.Contains($"De gegevens van {name} zijn bijgewerkt.", (await griffier.SubmitAsync(people, change, "#wijziging")).Text, StringComparison.Ordinal);
            Assert.Contains(name, FractionRow(await anonymous.GetAsync("/zwolle/raad"), "D66"), StringComparison.Ordinal);
            Assert.Equal([$"D66, sinds {Long(Today.AddDays(-5))}", $"SP, {Long(Today.AddDays(-10))} tot en met {Long(Today.AddDays(-6))}"], Periods(await anonymous.GetAsync($"/zwolle/raad/leden/{id}"), "Fracties"));

            var taken = await griffier.SubmitAsync(people, new Dictionary<string, string> { ["Change.PersonId"] = id.ToString(), ["Change.From"] = Iso(Today), ["Change.Email"] = Demo.Email("raadslid", "zwolle") }, "#wijziging");
            Assert.Equal(HttpStatusCode.OK, taken.Status);
            AssertErrors(taken, ("Change.Email", "Dit account hoort al bij een ander lid van de raad."));

            // The seat and the fractie end on the same day, as the form says; from the next day the raad has 29 members again.
            var ended = await griffier.SubmitAsync(people, new Dictionary<string, string> { ["Change.PersonId"] = id.ToString(), ["Change.From"] = Iso(Today.AddDays(-1)), ["Change.EndSeat"] = "true" }, "#wijziging");
            Assert.Contains("De raad heeft nu 29 leden met een zetel.", ended.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(name, FractionRow(await anonymous.GetAsync("/zwolle/raad"), "D66"), StringComparison.Ordinal);
            var profile = await anonymous.GetAsync($"/zwolle/raad/leden/{id}");
            Assert.Equal($"D66, {Long(Today.AddDays(-5))} tot en met {Long(Today.AddDays(-1))}", Periods(profile, "Fracties")[0]);
            Assert.Equal($"Gemeenteraad van Zwolle, {Long(Today.AddDays(-10))} tot en met {Long(Today.AddDays(-1))}", Assert.Single(Periods(profile, "Lid van")));
            Assert.True(Audited(app, "raad.lid-gewijzigd", name));
        }
        finally
        {
            // Other tests count the demo raad's 29 seats: never leave this member's seat open.
            app.WithDb(db =>
            {
                foreach (var seat in db.National<BodyMembership>().Where(m => m.PersonId == id && (m.Ends == null || m.Ends >= Today))) seat.Ends = Today.AddDays(-1);
                return db.SaveChanges();
            });
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AMembersVotesAreInTheirExportAndStayPublicAfterTheirAccountIsErased(string provider)
    {
        var app = apps[provider];
        using var raadslid = await SignedInAsync(app, "raadslid");
        var export = await ExportAsync(raadslid);
        Assert.Contains(export.GetProperty("modules").GetProperty("raad").GetProperty("stemmen").EnumerateArray(),
            v => v.GetProperty("subject").GetString() == "Raadsvoorstel Verordening uitdaagrecht Zwolle");

        // A throwaway account gets a role in Zwolle, and the griffie links it to a new commissielid with one vote.
        using var member = app.Client();
        var email = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, member);
        using var beheerder = await SignedInAsync(app, "beheerder");
        await beheerder.SubmitAsync(await beheerder.GetAsync("/zwolle/beheer/leden"), new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = "inwoner" }, "#rol-toekennen");
        using var griffier = await SignedInAsync(app, "griffier");
        var name = $"Beheertest Commissielid {provider}";
        var linked = await griffier.SubmitAsync(await griffier.GetAsync($"{Admin}/leden"),
            new Dictionary<string, string> { ["Person.Name"] = name, ["Person.Function"] = "Commissielid", ["Person.Starts"] = Iso(Today), ["Person.Email"] = email }, "#persoon");
        Assert.Contains($"{name} is toegevoegd.", linked.Text, StringComparison.Ordinal);
        var (personId, userId) = app.WithDb(db => db.National<CouncilPerson>().Where(p => p.Name == name).Select(p => new { p.Id, p.UserId }).AsEnumerable().Select(p => (p.Id, p.UserId!.Value)).Single());
        var subject = $"Motie Beheertest export {provider}";
        RecordVote(app, CouncilSetup.NewMeeting(app, subject, digital: false), subject, personId, userId);

        await member.SignInAsync(email, "een lange zin als wachtwoord");
        var own = (await ExportAsync(member)).GetProperty("modules").GetProperty("raad");
        Assert.Equal(name, Assert.Single(own.GetProperty("personen").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(subject, Assert.Single(own.GetProperty("stemmen").EnumerateArray()).GetProperty("subject").GetString());

        await member.SubmitAsync(await member.GetAsync("/account/verwijderen"), new Dictionary<string, string> { ["Input.Password"] = "een lange zin als wachtwoord" });
        Assert.Null(app.WithDb(db => db.National<CouncilPerson>().Single(p => p.Id == personId).UserId));
        Assert.True(app.WithDb(db => db.National<CastVote>().Any(c => c.PersonId == personId)));
        using var anonymous = app.Client();
        Assert.Contains(subject, (await anonymous.GetAsync($"/zwolle/raad/leden/{personId}")).Text, StringComparison.Ordinal);
    }

    private static async Task<HtmlClient> SignedInAsync(PleinApp app, string role, string org = "zwolle")
    {
        var client = app.Client();
        await client.SignInAsync(Demo.Email(role, org));
        return client;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Long(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static Dictionary<string, string> With(Dictionary<string, string> fields, params (string Name, string Value)[] changes)
    {
        var copy = new Dictionary<string, string>(fields);
        foreach (var (name, value) in changes) copy[name] = value;
        return copy;
    }

    private static string Option(HtmlClient.Page page, string field, string text) =>
        page.Document.QuerySelectorAll($"select[name='{field}'] option").First(o => o.TextContent.Trim() == text).GetAttribute("value")!;

    private static void AssertErrors(HtmlClient.Page page, params (string Field, string Message)[] expected)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var (field, message) in expected) Assert.True(message == page.FieldError(field), $"{field}: expected '{message}', got '{page.FieldError(field)}'");
    }

    private static bool Audited(PleinApp app, string action, string subject) => app.WithDb(db => db.National<AuditEntry>().Any(a => a.Action == action && a.Subject == subject));

    private static Dictionary<string, string> ItemFields(string label, string title, Guid? parent = null, bool closed = false)
    {
        var fields = new Dictionary<string, string> { ["Item.Label"] = label, ["Item.Title"] = title, ["Item.ParentId"] = parent?.ToString() ?? "" };
        if (closed) fields["Item.IsClosed"] = "true";
        return fields;
    }

    private static Dictionary<string, string> DocFields(Guid item, string kind, string title) => new() { ["Doc.ItemId"] = item.ToString(), ["Doc.Kind"] = kind, ["Doc.Title"] = title };

    private static async Task<Guid> AddItemAsync(PleinApp app, HtmlClient griffier, Guid meetingId, Dictionary<string, string> fields)
    {
        var page = await griffier.SubmitAsync(await griffier.GetAsync($"{Admin}/vergaderingen/{meetingId}"), fields, "#agendapunt");
        Assert.Contains("Het agendapunt is toegevoegd.", page.Text, StringComparison.Ordinal);
        return app.WithDb(db => db.National<AgendaItem>().Single(i => i.MeetingId == meetingId && i.Label == fields["Item.Label"]).Id);
    }

    private static async Task<Guid> UploadPdfAsync(PleinApp app, HtmlClient griffier, Guid meetingId, Guid item, string title, string text)
    {
        using var pdf = new MemoryStream();
        PdfWriter.Write(new ReportDocument(title, "Raadsvoorstel", [new Paragraph(text)]), pdf);
        var page = await griffier.SubmitFilesAsync(await griffier.GetAsync($"{Admin}/vergaderingen/{meetingId}"), DocFields(item, "Raadsvoorstel", title), "#stuk", ("Doc.File", "voorstel.pdf", pdf.ToArray()));
        Assert.Contains("Het stuk is toegevoegd.", page.Text, StringComparison.Ordinal);
        return app.WithDb(db => db.National<CouncilDocument>().Single(d => d.Title == title).Id);
    }

    private static async Task<HtmlClient.Page> SetMotionStatusAsync(HtmlClient griffier, string url, Guid document, MotionStatus status)
    {
        var page = await griffier.GetAsync(url);
        return await griffier.PostAsync(url + "?handler=MotionStatus", [new("__RequestVerificationToken", CouncilSetup.Token(page)), new("DocumentId", document.ToString()), new("Status", status.ToString())]);
    }

    private static MotionStatus? StatusOf(PleinApp app, Guid document) => app.WithDb(db => db.National<CouncilDocument>().Single(d => d.Id == document).Status);

    /// <summary>The members listed for a fractie in the table on the council's front page.</summary>
    private static string FractionRow(HtmlClient.Page page, string fraction) =>
        page.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Fracties en hun leden").QuerySelectorAll("tbody tr")
            .FirstOrDefault(r => r.QuerySelector("th")!.TextContent.Trim() == fraction)?.TextContent ?? "";

    /// <summary>The periods listed under a heading on a person's page, newest first.</summary>
    private static List<string> Periods(HtmlClient.Page page, string heading) =>
        [.. page.Document.QuerySelectorAll("h2").First(h => h.TextContent == heading).NextElementSibling!.QuerySelectorAll("li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    private static async Task<JsonElement> ExportAsync(HtmlClient client)
    {
        var download = await client.GetAsync("/account/mijn-gegevens");
        using var response = await client.Http.PostAsync(new Uri("/account/mijn-gegevens", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", CouncilSetup.Token(download))]));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A closed vote in the member's own test meeting, so the demo's tallies stay as they are.</summary>
    private static void RecordVote(PleinApp app, CouncilSetup.TestMeeting meeting, string subject, Guid personId, Guid recordedBy) => app.WithDb(db =>
    {
        var organisation = db.National<Meeting>().Single(m => m.Id == meeting.Id).OrganisationId;
        var now = DateTimeOffset.UtcNow;
        var vote = new CouncilVote
        {
            Id = Guid.NewGuid(), OrganisationId = organisation, MeetingId = meeting.Id, AgendaItemId = meeting.MotionItemId, DocumentId = meeting.MotionId, Subject = subject,
            Method = VoteMethod.Hoofdelijk, OpenedAt = now.AddMinutes(-5), ClosedAt = now, Outcome = VoteOutcome.Voor,
        };
        db.AddRange(vote, new CastVote { Id = Guid.NewGuid(), OrganisationId = organisation, VoteId = vote.Id, PersonId = personId, Choice = VoteChoice.Voor, CastAt = now.AddMinutes(-4), RecordedBy = recordedBy });
        return db.SaveChanges();
    });
}
