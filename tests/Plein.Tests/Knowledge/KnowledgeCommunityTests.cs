using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plein.Knowledge.Bottlenecks;
using Plein.Knowledge.Discussions;
using Plein.Knowledge.Library;
using Plein.Tests.Support;

namespace Plein.Tests.Knowledge;

/// <summary>Council members and griffiers of different organisations talk, share documents and recognise each other's knelpunten.</summary>
[Collection(AppCollection.Name)]
public sealed class KnowledgeCommunityTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyCouncilMembersAndGriffiersTakePart(string provider)
    {
        var app = apps[provider];
        using var anonymous = app.Client();
        Assert.Contains("Regionale Energiestrategie", (await anonymous.GetAsync("/kennis")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/kennis/omgevingswet", follow: false)).Status);
        foreach (var role in new[] { "inwoner", "ambtenaar", "collegelid" })
        {
            using var other = app.Client();
            await other.SignInAsync(Demo.Email(role, "zwolle"));
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/kennis/omgevingswet", follow: false)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/kennis/omgevingswet/knelpunten", follow: false)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/kennis/knelpunten", follow: false)).Status);
        }
        using var member = app.Client();
        await member.SignInAsync(Demo.Email("raadslid", "wdodelta"));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/kennis/omgevingswet")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/kennis/bestaat-niet", follow: false)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/kennis/knelpunten", follow: false)).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ADiscussionWithRepliesDeletionAndModeration(string provider)
    {
        var app = apps[provider];
        using var councillor = app.Client();
        await councillor.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var community = await councillor.GetAsync("/kennis/aardgasvrije-wijken");
        var refused = await councillor.SubmitAsync(community, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Body"] = "Wie heeft ervaring met een wijkuitvoeringsplan?" }, "#gesprek");
        Assert.Equal("Geef het gesprek een titel.", refused.FieldError("Input.Title"));
        Assert.Equal("Wie heeft ervaring met een wijkuitvoeringsplan?", refused.Value("Input.Body"));
        var title = $"Wijkuitvoeringsplan en de raad ({provider})";
        var started = await councillor.SubmitAsync(community, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "Wie heeft ervaring met een wijkuitvoeringsplan?" }, "#gesprek");
        Assert.Contains("Uw gesprek staat erop.", started.Text, StringComparison.Ordinal);
        Assert.Contains("Raadslid, Zwolle", started.Text, StringComparison.Ordinal);
        var id = app.WithDb(db => db.Set<Discussion>().Single(d => d.Title == title).Id);

        using var griffier = app.Client();
        await griffier.SignInAsync(Demo.Email("griffier", "overijssel"));
        var page = await griffier.GetAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}");
        Assert.Equal("Schrijf uw reactie.", (await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Reply.Body"] = " " }, "#reageren")).FieldError("Reply.Body"));
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Reply.Body"] = "Wij begonnen met een wijkavond per buurt." }, "#reageren");
        Assert.Contains("Wij begonnen met een wijkavond per buurt.", page.Text, StringComparison.Ordinal);
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Reply.Body"] = "Dit had ik niet moeten schrijven." }, "#reageren");
        var second = app.WithDb(db => db.Set<Post>().Single(p => p.DiscussionId == id && p.Body.StartsWith("Dit had")).Id);
        page = await griffier.SubmitAsync(page, new Dictionary<string, string>(), $"form[action*='post={second}']");
        Assert.Contains("Deze reactie is verwijderd door de schrijver.", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit had ik niet moeten schrijven.", page.Text, StringComparison.Ordinal);
        Assert.Equal(2, app.WithDb(db => db.Set<Discussion>().Single(d => d.Id == id).ReplyCount));
        // Someone else's reply cannot be deleted.
        var first = app.WithDb(db => db.Set<Post>().Single(p => p.DiscussionId == id && p.Body.StartsWith("Wij begonnen")).Id);
        var councillorPage = await councillor.GetAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}");
        Assert.Null(councillorPage.Document.QuerySelector($"form[action*='post={first}']"));
        var token = councillorPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var deleteAction = page.Document.QuerySelector($"form[action*='post={first}']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.NotFound, (await councillor.PostAsync(deleteAction, [new("__RequestVerificationToken", token)], follow: false)).Status);
        Assert.Null(councillorPage.Document.QuerySelector("#verbergen"));
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.PostAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}?handler=Hide",
            [new("Hide.Reason", "Weg ermee"), new("__RequestVerificationToken", token)], follow: false)).Status);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var moderated = await staff.GetAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}");
        Assert.Equal("Schrijf waarom u dit verbergt.", (await staff.SubmitAsync(moderated, new Dictionary<string, string> { ["Hide.Target"] = first.ToString(), ["Hide.Reason"] = "" }, "#verbergen")).FieldError("Hide.Reason"));
        moderated = await staff.SubmitAsync(moderated, new Dictionary<string, string> { ["Hide.Target"] = first.ToString(), ["Hide.Reason"] = "Noemt een inwoner bij naam." }, "#verbergen");
        Assert.Contains("Noemt een inwoner bij naam.", (await councillor.GetAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Wij begonnen met een wijkavond", (await councillor.GetAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}")).Text, StringComparison.Ordinal);
        await staff.SubmitAsync(moderated, new Dictionary<string, string> { ["Hide.Target"] = "gesprek", ["Hide.Reason"] = "Dubbel gesprek." }, "#verbergen");
        Assert.Equal(HttpStatusCode.NotFound, (await councillor.GetAsync($"/kennis/aardgasvrije-wijken/gesprekken/{id}", follow: false)).Status);
        Assert.DoesNotContain(title, (await councillor.GetAsync("/kennis/aardgasvrije-wijken")).Text, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Any(a => a.Action == "kennis.verborgen" && a.Subject == title)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheLibraryTakesAFileOrALinkAndOnlyMembersDownload(string provider)
    {
        var app = apps[provider];
        using var griffier = app.Client();
        await griffier.SignInAsync(Demo.Email("griffier", "zwolle"));
        var library = await griffier.GetAsync("/kennis/omgevingswet/bibliotheek");
        var nothing = await griffier.SubmitAsync(library, new Dictionary<string, string> { ["Input.Title"] = "Raadsvoorstel omgevingsvisie", ["Input.Kind"] = "Voorbeeld", ["Input.Link"] = "" }, "#delen");
        Assert.Equal("Kies een bestand of vul een link in.", nothing.FieldError("Input.File"));
        Assert.Equal("Raadsvoorstel omgevingsvisie", nothing.Value("Input.Title"));
        var plainHttp = await griffier.SubmitAsync(library, new Dictionary<string, string> { ["Input.Title"] = "Raadsvoorstel", ["Input.Kind"] = "Voorbeeld", ["Input.Link"] = "http://example.nl/x" }, "#delen");
        Assert.Equal("Vul een webadres in dat begint met https://.", plainHttp.FieldError("Input.Link"));
        var image = await griffier.SubmitFilesAsync(library, new Dictionary<string, string> { ["Input.Title"] = "Foto", ["Input.Kind"] = "Overig" }, "#delen",
            ("Input.File", $"foto-{provider}.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.StartsWith("Dit soort bestand kunt u niet uploaden.", image.FieldError("Input.File"), StringComparison.Ordinal);
        var title = $"Raadsvoorstel omgevingsvisie ({provider})";
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% raadsvoorstel\n");
        var shared = await griffier.SubmitFilesAsync(library, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Kind"] = "Voorbeeld", ["Input.Description"] = "Zo legden wij de keuzes voor." }, "#delen",
            ("Input.File", "raadsvoorstel.pdf", pdf));
        Assert.Contains("Het document staat in de bibliotheek.", shared.Text, StringComparison.Ordinal);
        var document = app.WithDb(db => db.Set<LibraryDocument>().Single(d => d.Title == title));
        Assert.Equal(0, app.WithDb(db => db.Files.IgnoreQueryFilters().Count(f => f.FileName == $"foto-{provider}.png")));

        var download = $"/kennis/omgevingswet/bibliotheek/{document.Id}/bestand";
        using var councillor = app.Client();
        await councillor.SignInAsync(Demo.Email("raadslid", "overijssel"));
        var got = await councillor.Http.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(pdf, await got.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", got.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, (await councillor.Http.GetAsync($"/kennis/regionale-energiestrategie/bibliotheek/{document.Id}/bestand")).StatusCode);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync(download)).StatusCode);

        // Only the one who shared it (or a moderator) takes it out.
        var theirs = await councillor.GetAsync("/kennis/omgevingswet/bibliotheek");
        Assert.Null(theirs.Document.QuerySelector($"form[action*='document={document.Id}']"));
        var removed = await griffier.SubmitAsync(await griffier.GetAsync("/kennis/omgevingswet/bibliotheek"), new Dictionary<string, string>(), $"form[action*='document={document.Id}']");
        Assert.Contains("Het document is uit de bibliotheek gehaald.", removed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await councillor.Http.GetAsync(download)).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task KnelpuntenAreRecognisedOncePerPersonAndTheProgrammeAnswers(string provider)
    {
        var app = apps[provider];
        using var reporter = app.Client();
        await reporter.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var register = await reporter.GetAsync("/kennis/regionale-energiestrategie/knelpunten");
        var tooMany = await reporter.SubmitAsync(register, new Dictionary<string, string> { ["Input.Title"] = "Te veel labels", ["Input.Description"] = "x", ["Input.Tags"] = "a, b, c, d, e, f" }, "#melden");
        Assert.Equal("Gebruik hoogstens 5 labels.", tooMany.FieldError("Input.Tags"));
        Assert.Equal("a, b, c, d, e, f", tooMany.Value("Input.Tags"));
        var title = $"Netcongestie houdt projecten tegen ({provider})";
        var reported = await reporter.SubmitAsync(register, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Description"] = "Zonneparken wachten jaren op een aansluiting.", ["Input.Tags"] = "Netcongestie, financiën" }, "#melden");
        Assert.Contains("Het knelpunt staat in het register.", reported.Text, StringComparison.Ordinal);
        var id = app.WithDb(db => db.Set<Bottleneck>().Single(b => b.Title == title)).Id;
        Assert.Equal(["netcongestie", "financiën"], app.WithDb(db => db.Set<Bottleneck>().Single(b => b.Id == id).Tags));
        Assert.Null(reported.Document.QuerySelector($"form[action*='bottleneck={id}']"));

        async Task Recognise(string role, string org)
        {
            using var client = app.Client();
            await client.SignInAsync(Demo.Email(role, org));
            var page = await client.GetAsync("/kennis/regionale-energiestrategie/knelpunten?label=netcongestie");
            var after = await client.SubmitAsync(page, new Dictionary<string, string>(), $"form[action*='bottleneck={id}']");
            Assert.Contains("U herkent dit knelpunt.", after.Text, StringComparison.Ordinal);
        }
        await Recognise("raadslid", "overijssel");
        await Recognise("griffier", "overijssel");
        await Recognise("raadslid", "wdodelta");
        var counted = app.WithDb(db => BottleneckQueries.WithCounts(db).Single(x => x.Bottleneck.Id == id));
        Assert.Equal((4, 3), (counted.Recognitions, counted.Organisations));

        // Twice is undo; the filter shows only labelled knelpunten.
        using var undo = app.Client();
        await undo.SignInAsync(Demo.Email("raadslid", "wdodelta"));
        var filtered = await undo.GetAsync("/kennis/regionale-energiestrategie/knelpunten?label=netcongestie");
        Assert.DoesNotContain("De raad krijgt de RES pas te zien", filtered.Document.QuerySelector("ul.plein-cards")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ik herken dit niet meer", filtered.Document.QuerySelector($"form[action*='bottleneck={id}'] button")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("U herkent dit knelpunt niet meer.", (await undo.SubmitAsync(filtered, new Dictionary<string, string>(), $"form[action*='bottleneck={id}']")).Text, StringComparison.Ordinal);
        Assert.Equal(3, app.WithDb(db => db.Set<Recognition>().Count(r => r.BottleneckId == id)));

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var overview = await staff.GetAsync("/kennis/knelpunten?gemeenschap=regionale-energiestrategie");
        Assert.Contains(title, overview.Text, StringComparison.Ordinal);
        Assert.NotNull(overview.Document.QuerySelector("svg[role=img]"));
        Assert.Contains("netcongestie", overview.Document.QuerySelectorAll("table")[^1].TextContent, StringComparison.Ordinal);
        var answer = await staff.GetAsync($"/kennis/knelpunten/{id}");
        Assert.Equal("Schrijf wat het programma met dit knelpunt doet.", (await staff.SubmitAsync(answer, new Dictionary<string, string> { ["Input.Status"] = "Opgepakt", ["Input.Response"] = "" }, "#reactie")).FieldError("Input.Response"));
        await staff.SubmitAsync(answer, new Dictionary<string, string> { ["Input.Status"] = "Opgepakt", ["Input.Response"] = "We bespreken dit met de netbeheerders." }, "#reactie");
        Assert.Contains("We bespreken dit met de netbeheerders.", (await reporter.GetAsync("/kennis/regionale-energiestrategie/knelpunten")).Text, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Any(a => a.Action == "kennis.knelpunt-beantwoord" && a.Subject == title)));
    }
}
