using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plein.Platform.Verification;
using Plein.Platform.Verification.Census;
using Plein.Tests.Participation;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Verification;

/// <summary>"Postcode in het gebied": staff load an address list, residents show they live there, processes ask for it.</summary>
[Collection(AppCollection.Name)]
public sealed class CensusTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<HtmlClient.Page> UploadAsync(HtmlClient staff, string name, string csv) =>
        await staff.SubmitFilesAsync(await staff.GetAsync("/zwolle/beheer/gebieden"), new Dictionary<string, string> { ["Input.Name"] = name }, "#gebied",
            ("List", "adressen.csv", Encoding.UTF8.GetBytes(csv)));

    [Theory, MemberData(nameof(Providers))]
    public async Task StaffLoadAnAreaAndBadListsAreRefusedWholly(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var name = "Wijk " + Guid.NewGuid().ToString("N")[..6];
        var before = app.WithDb(db => db.National<CensusAddress>().Count());

        var noColumns = await UploadAsync(staff, name, "straat;nummer\nDijkstraat;4\n");
        Assert.Equal("Het bestand moet de kolommen 'postcode' en 'huisnummer' hebben.", noColumns.FieldError("List"));
        var badLine = await UploadAsync(staff, name, "postcode;huisnummer\n8011 AB;12\n<script>;x\n");
        Assert.Equal("Regel 3 is geen geldig adres. Gebruik een postcode zoals 8011 AB en een huisnummer zoals 12.", badLine.FieldError("List"));
        Assert.Equal(name, badLine.Value("Input.Name"));
        Assert.Equal(before, app.WithDb(db => db.National<CensusAddress>().Count()));

        var done = await UploadAsync(staff, name, "Postcode,Huisnummer\n8011ab,12\n8011 AB,12\n8011 AC,1\n");
        Assert.Contains("Het gebied is opgeslagen", done.Text, StringComparison.Ordinal);
        var row = done.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains("2", row.Children[1].TextContent, StringComparison.Ordinal);

        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync("/zwolle/beheer/gebieden", follow: false)).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ALargeListLoadsInTheBackgroundWithProgressOnAStatusPage(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var name = "Stad " + Guid.NewGuid().ToString("N")[..6];
        var csv = new StringBuilder("postcode;huisnummer\n");
        for (var n = 1; n <= 6_000; n++) csv.Append("8011 ").Append((char)('A' + n % 20)).Append((char)('A' + n / 400 % 20)).Append(';').Append(n).Append('\n');
        var status = await UploadAsync(staff, name, csv.ToString());
        Assert.Matches("^/zwolle/taken/[0-9a-f-]+$", status.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Adressenlijst laden: " + name, status.Text, StringComparison.Ordinal);
        Assert.NotNull(status.Document.QuerySelector("progress"));

        System.Text.Json.JsonElement job = default;
        for (var i = 0; i < 100; i++)
        {
            job = System.Text.Json.JsonDocument.Parse(await staff.Http.GetStringAsync(new Uri(status.Response.RequestMessage.RequestUri.AbsolutePath + "/voortgang", UriKind.Relative))).RootElement;
            if (job.GetProperty("state").GetString() is "Klaar" or "Mislukt") break;
            await Task.Delay(200);
        }
        Assert.Equal("Klaar", job.GetProperty("state").GetString());
        Assert.Equal(6_000, job.GetProperty("done").GetInt32());
        Assert.Equal(6_000, app.WithDb(db => db.National<CensusArea>().Single(a => a.Name == name).AddressCount));
        var done = await staff.GetAsync(status.Response.RequestMessage.RequestUri.AbsolutePath);
        Assert.Contains("6000 adressen", done.Text, StringComparison.Ordinal);
        Assert.Equal("/zwolle/beheer/gebieden", done.Document.QuerySelector("[data-job-result] a")!.GetAttribute("href"));

        // Someone else's job is not theirs to see.
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(status.Response.RequestMessage.RequestUri.AbsolutePath, follow: false)).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AProcessAskingForThePostcodeLetsInOnlyResidentsOfTheArea(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        var processId = Guid.Parse(processUrl.Split('/')[^1]);
        app.WithDb(db =>
        {
            var process = db.National<global::Plein.Participation.Process>().Single(p => p.Id == processId);
            process.Phases.Single().SupportLevel = VerificationLevel.PostcodeInGebied;
            process.CensusAreaId = db.National<CensusArea>().Single(a => a.Name == "Assendorp").Id;
            return db.SaveChanges();
        });
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var proposalUrl = await ProposalFlowTests.ProposeAsync(author, processUrl, "Een bankje bij de Assendorperstraat");

        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("griffier", "zwolle"));
        var page = await resident.GetAsync(proposalUrl);
        Assert.Null(page.Document.QuerySelector("#steunen"));
        var link = page.Document.QuerySelectorAll("a").First(a => a.TextContent == "Laat zien dat u in het gebied woont").GetAttribute("href")!;

        var form = await resident.GetAsync(link);
        var wrong = await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Postcode"] = "1234 ZZ", ["Input.HouseNumber"] = "3" }, "#postcode");
        Assert.StartsWith("Dit adres staat niet in de adressenlijst.", wrong.FieldError("Input.Postcode"), StringComparison.Ordinal);
        var malformed = await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Postcode"] = "80 12", ["Input.HouseNumber"] = "drie" }, "#postcode");
        Assert.Equal("Vul een postcode in zoals 8011 AB.", malformed.FieldError("Input.Postcode"));
        Assert.NotNull(malformed.FieldError("Input.HouseNumber"));
        var verified = await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Postcode"] = "8012 bc", ["Input.HouseNumber"] = "7" }, "#postcode");
        Assert.Contains("Uw adres is bevestigd", verified.Text, StringComparison.Ordinal);
        Assert.Equal(proposalUrl, verified.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var supported = await resident.SubmitAsync(verified, new Dictionary<string, string>(), "#steunen");
        Assert.Contains("U steunt dit voorstel", supported.Text, StringComparison.Ordinal);

        // The area cannot be removed while this process relies on it.
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var areas = await staff.GetAsync("/zwolle/beheer/gebieden");
        var removeForm = areas.Document.QuerySelectorAll("form[action*='handler=Remove']").First(f => f.TextContent.Contains("Assendorp", StringComparison.Ordinal));
        var refused = await staff.PostAsync("/zwolle/beheer/gebieden?handler=Remove",
            [new("__RequestVerificationToken", removeForm.QuerySelector("[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("areaId", removeForm.QuerySelector("[name=areaId]")!.GetAttribute("value")!)]);
        Assert.Contains("Een proces of een budget gebruikt dit gebied nog", refused.Text, StringComparison.Ordinal);
        Assert.Equal(1, app.WithDb(db => db.National<CensusArea>().Count(a => a.Name == "Assendorp")));

        // Six accounts already on one address: a seventh is refused.
        var others = app.WithDb(db => db.Users.Where(u => u.Email!.EndsWith("@demo.plein.nl") && u.Email != Demo.Email("inwoner", "zwolle") && u.Email != Demo.Email("griffier", "zwolle"))
            .Select(u => u.Id).Take(6).ToList());
        var zwolle = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle").Id);
        app.WithDb(db =>
        {
            db.National<AddressVerification>().Where(v => others.Contains(v.UserId)).ExecuteDelete();
            db.AddRange(others.Select(id => new AddressVerification { Id = Guid.NewGuid(), OrganisationId = zwolle, UserId = id, Postcode = "8012BD", HouseNumber = 9, VerifiedAt = DateTimeOffset.UtcNow }));
            return db.SaveChanges();
        });
        using var seventh = app.Client();
        await seventh.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var full = await seventh.SubmitAsync(await seventh.GetAsync("/zwolle/verificatie/postcode"), new Dictionary<string, string> { ["Input.Postcode"] = "8012BD", ["Input.HouseNumber"] = "9" }, "#postcode");
        Assert.StartsWith("Op dit adres zijn al genoeg accounts bevestigd.", full.FieldError("Input.Postcode"), StringComparison.Ordinal);
        app.WithDb(db => db.National<AddressVerification>().Where(v => others.Contains(v.UserId)).ExecuteDelete());
    }
}
