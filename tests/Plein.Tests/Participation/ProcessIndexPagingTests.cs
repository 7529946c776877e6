using Plein.Tests.Support;

namespace Plein.Tests.Participation;

/// <summary>The proposals index pages by cursor: forward through every page and back again, in every order.</summary>
[Collection(AppCollection.Name)]
public sealed class ProcessIndexPagingTests(Apps apps)
{
    public static TheoryData<string, string> ProvidersAndOrders => new()
    {
        { PleinApp.Sqlite, "" }, { PleinApp.Sqlite, "meest-gesteund" }, { PleinApp.Sqlite, "willekeurig" },
        { PleinApp.Postgres, "" }, { PleinApp.Postgres, "meest-gesteund" },
    };

    private static List<string> Titles(HtmlClient.Page page) =>
        page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();

    private static string? Link(HtmlClient.Page page, string text) =>
        page.Document.QuerySelectorAll("nav a").FirstOrDefault(a => a.TextContent.Trim() == text)?.GetAttribute("href");

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task EveryProposalOnceForwardAndTheSamePagesBack(string provider, string order)
    {
        var app = apps[provider];
        var process = await ParticipationApiTests.ProcessWithProposalsAsync(app, 45);
        using var client = app.Client();
        var url = $"/zwolle/participatie/{process}";
        var page = await client.GetAsync($"{url}?volgorde={order}");
        Assert.Contains("44 voorstellen", page.Text, StringComparison.Ordinal);
        Assert.Null(Link(page, "Vorige pagina"));

        var pages = new List<List<string>> { Titles(page) };
        while (Link(page, "Volgende pagina") is { } next && pages.Count < 10)
        {
            page = await client.GetAsync(url + next);
            pages.Add(Titles(page));
        }
        Assert.Equal([20, 20, 4], pages.Select(p => p.Count));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(44, all.Distinct().Count());
        Assert.DoesNotContain("Voorstel 07", all);
        if (order == "meest-gesteund")
            Assert.Equal(["Voorstel 44", "Voorstel 41", "Voorstel 38"], all.Take(3));

        for (var i = pages.Count - 2; i >= 0; i--)
        {
            page = await client.GetAsync(url + Link(page, "Vorige pagina"));
            Assert.Equal(pages[i], Titles(page));
        }
        Assert.Null(Link(page, "Vorige pagina"));
    }

    [Theory]
    [InlineData("?na=onzin")]
    [InlineData("?voor=%27%20OR%201%3D1")]
    [InlineData("?na=&voor=&pagina=-4")]
    public async Task BrokenPagingLinksShowTheFirstPage(string query)
    {
        var app = apps[PleinApp.Sqlite];
        var process = await ParticipationApiTests.ProcessWithProposalsAsync(app, 25);
        using var client = app.Client();
        var page = await client.GetAsync($"/zwolle/participatie/{process}{query}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Equal(20, Titles(page).Count);
        Assert.Contains("Voorstel 24", Titles(page));
    }
}
