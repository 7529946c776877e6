using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Participation;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

/// <summary>Pictures, PDFs and a place on a proposal, sent as a real multipart form.</summary>
[Collection(AppCollection.Name)]
public sealed class ProposalAttachmentTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    private static readonly byte[] Pdf = "%PDF-1.4\n%plein\n"u8.ToArray();

    private static async Task<HtmlClient.Page> PostProposalAsync(HtmlClient client, string processUrl, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files) =>
        await client.SubmitFilesAsync(await client.GetAsync(processUrl + "/voorstellen/nieuw"), fields, "#voorstel", [.. files.Select(f => ("Attachments", f.Name, f.Bytes))]);

    private static Dictionary<string, string> Fields(string title, string lat = "52.5107", string lon = "6.0947") => new()
    {
        ["Input.Title"] = title, ["Input.Body"] = "Een plek waar kinderen kunnen spelen, ook bij regen.", ["Input.Theme"] = "spelen",
        ["Input.Address"] = "Hoek Assendorperstraat en Dijkstraat", ["Input.Latitude"] = lat, ["Input.Longitude"] = lon, ["Input.Compared"] = "true",
    };

    [Theory, MemberData(nameof(Providers))]
    public async Task AProposalCarriesPicturesAPdfAndAPlace(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var page = await PostProposalAsync(anna, processUrl, Fields("Overdekte speelplek"), ("speelplek.png", Png), ("plan.pdf", Pdf));
        Assert.True(page.Text.Contains("Uw voorstel staat online", StringComparison.Ordinal), page.Status + " " + page.Document.QuerySelector("main")?.TextContent);
        Assert.Contains("Hoek Assendorperstraat en Dijkstraat", page.Text, StringComparison.Ordinal);
        Assert.Equal("52.5107", page.Document.QuerySelector("[data-map=tonen]")!.GetAttribute("data-lat"));
        var image = page.Document.QuerySelector(".plein-attachments img")!;
        Assert.Contains("Overdekte speelplek", image.GetAttribute("alt"), StringComparison.Ordinal);
        var pdfLink = page.Document.QuerySelectorAll(".plein-attachments a").Single(a => a.TextContent == "plan.pdf").GetAttribute("href")!;

        using var anonymous = app.Client();
        using var png = await anonymous.Http.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await png.Content.ReadAsByteArrayAsync());
        using var pdf = await anonymous.Http.GetAsync(new Uri(pdfLink, UriKind.Relative));
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        using var elsewhere = await anonymous.Http.GetAsync(new Uri(pdfLink.Replace("/zwolle/", "/provincie-overijssel/", StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task WrongFilesAndPlacesAreRefusedAndNothingIsStored(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var before = app.WithDb(db => (db.Set<Proposal>().IgnoreQueryFilters().Count(), db.Files.IgnoreQueryFilters().Count()));

        var disguised = await PostProposalAsync(anna, processUrl, Fields("Programma als plaatje"), ("virus.png", "MZ\x90\0 not a picture"u8.ToArray()));
        Assert.Contains("virus.png: Dit soort bestand kunt u niet uploaden", disguised.FieldError("Attachments"), StringComparison.Ordinal);
        Assert.Equal("Programma als plaatje", disguised.Value("Input.Title"));

        var four = await PostProposalAsync(anna, processUrl, Fields("Vier bestanden"), ("a.png", Png), ("b.png", Png), ("c.png", Png), ("d.png", Png));
        Assert.Equal("Voeg hoogstens 3 bestanden toe.", four.FieldError("Attachments"));

        var abroad = await PostProposalAsync(anna, processUrl, Fields("Speeltuin in Parijs", lat: "48.85", lon: "2.35"));
        Assert.Contains("Kies een plek in Nederland op de kaart.", abroad.Text, StringComparison.Ordinal);

        Assert.Equal(before, app.WithDb(db => (db.Set<Proposal>().IgnoreQueryFilters().Count(), db.Files.IgnoreQueryFilters().Count())));
    }
}
