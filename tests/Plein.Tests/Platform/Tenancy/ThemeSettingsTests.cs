using System.Net;
using AngleSharp;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Tenancy;

[Collection(AppCollection.Name)]
public sealed class ThemeSettingsTests(Apps apps)
{
    // The smallest valid PNG: 1x1 pixel.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<HtmlClient.Page> PostAsync(HtmlClient client, string slug, IDictionary<string, string> fields, (string Name, byte[] Bytes)? logo = null)
    {
        var form = await client.GetAsync($"/{slug}/beheer/huisstijl");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Document.QuerySelector("#huisstijl input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        if (logo is { } l) content.Add(new ByteArrayContent(l.Bytes), "logo", l.Name);
        var response = await client.Http.PostAsync(new Uri($"/{slug}/beheer/huisstijl", UriKind.Relative), content);
        if (response.StatusCode == HttpStatusCode.Redirect) return await client.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    private static async Task<HtmlClient.Page> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var doc = await AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default).OpenAsync(r => r.Content(html));
        return new HtmlClient.Page(response, doc, html);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task BeheerderSetsColoursAndLogoThatEveryoneSees(string provider)
    {
        var app = apps[provider];
        using var admin = app.Client();
        await admin.SignInAsync(Demo.Email("beheerder", "overijssel"));
        var saved = await PostAsync(admin, "provincie-overijssel",
            new Dictionary<string, string> { ["Input.PrimaryColor"] = "#7A1F2B", ["Input.AccentColor"] = "#F2C14E", ["Input.Website"] = "https://www.overijssel.nl" },
            ("logo.png", Png));
        Assert.Contains("De huisstijl is opgeslagen", saved.Text, StringComparison.Ordinal);

        using var visitor = app.Client();
        using var css = await visitor.Http.GetAsync(new Uri("/provincie-overijssel/thema.css", UriKind.Relative));
        Assert.Contains("--plein-primary: #7a1f2b", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var logo = await visitor.Http.GetAsync(new Uri("/provincie-overijssel/logo", UriKind.Relative));
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync());
        var home = await visitor.GetAsync("/provincie-overijssel");
        Assert.NotNull(home.Document.QuerySelector("header img[src='/provincie-overijssel/logo']"));
        Assert.NotNull(home.Document.QuerySelector("a[href='https://www.overijssel.nl']"));
    }

    [Theory]
    [InlineData("#FFFF00", "slecht leesbaar")]
    [InlineData("rood", "# met 6 tekens")]
    [InlineData("#12345", "# met 6 tekens")]
    public async Task UnreadableOrMalformedColoursAreRefused(string colour, string message)
    {
        var app = apps[PleinApp.Sqlite];
        using var admin = app.Client();
        await admin.SignInAsync(Demo.Email("beheerder", "wdodelta"));
        var page = await PostAsync(admin, "waterschap-drents-overijsselse-delta",
            new Dictionary<string, string> { ["Input.PrimaryColor"] = colour, ["Input.AccentColor"] = "#8fcae7" });
        Assert.Contains(message, page.FieldError("Input.PrimaryColor"), StringComparison.Ordinal);
        Assert.Equal(colour, page.Value("Input.PrimaryColor"));
    }

    [Theory]
    [InlineData("logo.png", "not a png at all", "Dit soort bestand")]
    [InlineData("logo.pdf", "%PDF-1.7 ...", "Dit soort bestand")]
    [InlineData("logo.jpg", "PNGBYTES", "Dit soort bestand")]
    public async Task UploadsAreCheckedByTheirContentNotTheirName(string name, string content, string message)
    {
        var app = apps[PleinApp.Sqlite];
        using var admin = app.Client();
        await admin.SignInAsync(Demo.Email("beheerder", "wdodelta"));
        var bytes = content == "PNGBYTES" ? Png : System.Text.Encoding.UTF8.GetBytes(content);
        var before = app.WithDb(db => db.National<global::Plein.Platform.Files.StoredFile>().Count());
        var page = await PostAsync(admin, "waterschap-drents-overijsselse-delta",
            new Dictionary<string, string> { ["Input.PrimaryColor"] = "#154273", ["Input.AccentColor"] = "#8fcae7" }, (name, bytes));
        Assert.Contains(message, page.Document.QuerySelector("#logo-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, app.WithDb(db => db.National<global::Plein.Platform.Files.StoredFile>().Count()));
    }

    [Fact]
    public async Task ALogoOverOneMegabyteIsRefused()
    {
        var app = apps[PleinApp.Sqlite];
        using var admin = app.Client();
        await admin.SignInAsync(Demo.Email("beheerder", "wdodelta"));
        var big = new byte[1024 * 1024 + 1];
        Png.CopyTo(big, 0);
        var page = await PostAsync(admin, "waterschap-drents-overijsselse-delta",
            new Dictionary<string, string> { ["Input.PrimaryColor"] = "#154273", ["Input.AccentColor"] = "#8fcae7" }, ("groot.png", big));
        Assert.Contains("te groot", page.Document.QuerySelector("#logo-error")?.TextContent, StringComparison.Ordinal);
    }
}
