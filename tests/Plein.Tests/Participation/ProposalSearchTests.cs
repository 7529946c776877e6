using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Participation;
using Plein.Participation.Proposals;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

[Collection(AppCollection.Name)]
public sealed class ProposalSearchTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<Guid> ProcessAsync(PleinApp app, string slug, params string[] titles)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == slug);
        var author = await db.Users.Where(u => u.Email == Demo.Email("inwoner", "zwolle")).Select(u => u.Id).SingleAsync();
        var process = new Process { Id = Guid.NewGuid(), Title = "Zoekproces", Summary = "Zoeken", Published = true, CreatedAt = DateTimeOffset.UtcNow };
        db.Add(process);
        await db.SaveChangesAsync();
        // One at a time, each a second newer than the one before it, as residents add them.
        foreach (var (title, i) in titles.Select((t, i) => (t, i)))
        {
            db.Add(new Proposal { Id = Guid.NewGuid(), ProcessId = process.Id, AuthorId = author, Title = title, Body = "Toelichting bij " + title, CreatedAt = DateTimeOffset.UtcNow.AddSeconds(i - titles.Length) });
            await db.SaveChangesAsync();
        }
        return process.Id;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FindsProposalsByTheirWordsOnlyInThisProcessAndOrganisation(string provider)
    {
        var app = apps[provider];
        var process = await ProcessAsync(app, "zwolle", "Speeltuinen in de wijk", "Bomen langs de gracht", "Een nieuwe speeltuin bij de school", "Café op het plein");
        await ProcessAsync(app, "provincie-overijssel", "Een speeltuin van de provincie");
        using var client = app.Client();
        var page = await client.GetAsync($"/zwolle/participatie/{process}?zoek=speeltuin");
        var titles = page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.All(titles, t => Assert.Contains("peeltuin", t, StringComparison.Ordinal));
        Assert.Equal("speeltuin", page.Value("Zoek"));

        var accents = await client.GetAsync($"/zwolle/participatie/{process}?zoek=cafe");
        Assert.Contains("Café op het plein", accents.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AWordInTheTitleCountsMoreThanTheSameWordInTheText(string provider)
    {
        var app = apps[provider];
        // Both have "klimrek" in their text (Toelichting bij ...); only the second has it in the title as well.
        var process = await ProcessAsync(app, "zwolle", "Iets voor de klimrek-liefhebbers", "Een klimrek op het plein");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            var first = await db.National<Proposal>().SingleAsync(p => p.ProcessId == process && p.Title.StartsWith("Iets"));
            first.Title = "Iets voor liefhebbers";
            first.Body = "Een klimrek en een glijbaan, dat is alles.";
            await db.SaveChangesAsync();
        }
        using var client = app.Client();
        var page = await client.GetAsync($"/zwolle/participatie/{process}?zoek=klimrek");
        var titles = page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Een klimrek op het plein", "Iets voor liefhebbers"], titles);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TitleMatchesComeFirstThenTextMatchesEachNewestFirst(string provider)
    {
        var app = apps[provider];
        // Every proposal has its title in its text ("Toelichting bij ..."), so all four match "wadi".
        var process = await ProcessAsync(app, "zwolle", "Een wadi in het park", "Groen dak op de school", "Nog een wadi bij de kerk", "Regenton voor iedereen");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            foreach (var p in await db.National<Proposal>().Where(p => p.ProcessId == process && !p.Title.Contains("wadi")).ToListAsync())
                p.Body = "Met een wadi ernaast.";
            await db.SaveChangesAsync();
        }
        using var client = app.Client();
        var page = await client.GetAsync($"/zwolle/participatie/{process}?zoek=wadi");
        var titles = page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Nog een wadi bij de kerk", "Een wadi in het park", "Regenton voor iedereen", "Groen dak op de school"], titles);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SearchResultsArePagedAndLeaveWithdrawnProposalsOutUnlessAskedFor(string provider)
    {
        var app = apps[provider];
        var process = await ProcessAsync(app, "zwolle", [.. Enumerable.Range(1, 26).Select(i => $"Bankje nummer {i}")]);
        app.WithDb(db => db.National<Proposal>().Where(p => p.ProcessId == process && p.Title == "Bankje nummer 26")
            .ExecuteUpdate(s => s.SetProperty(p => p.Status, ProposalStatus.Ingetrokken)));
        using var client = app.Client();
        List<string> Titles(HtmlClient.Page page) => page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();

        var first = await client.GetAsync($"/zwolle/participatie/{process}?zoek=bankje");
        Assert.Contains("25 voorstellen", first.Text, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(6, 20).Reverse().Select(i => $"Bankje nummer {i}")], Titles(first));
        var second = await client.GetAsync($"/zwolle/participatie/{process}?zoek=bankje&pagina=2");
        Assert.Equal([.. Enumerable.Range(1, 5).Reverse().Select(i => $"Bankje nummer {i}")], Titles(second));
        Assert.Contains("Pagina 2 van 2", second.Text, StringComparison.Ordinal);

        var withdrawn = await client.GetAsync($"/zwolle/participatie/{process}?zoek=bankje&status=ingetrokken");
        Assert.Equal(["Bankje nummer 26"], Titles(withdrawn));
        var mostSupported = await client.GetAsync($"/zwolle/participatie/{process}?zoek=bankje&volgorde=meest-gesteund&pagina=2");
        Assert.Equal(5, Titles(mostSupported).Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ACommonWordSaysThereAreMoreThanThePagesShowAndFiltersTheMatchesAsAsked(string provider)
    {
        var app = apps[provider];
        var process = await ProcessAsync(app, "zwolle");
        app.WithDb(db =>
        {
            var author = db.Users.Where(u => u.Email == Demo.Email("inwoner", "zwolle")).Select(u => u.Id).Single();
            var organisation = db.Organisations.Where(o => o.Slug == "zwolle").Select(o => o.Id).Single();
            db.AddRange(Enumerable.Range(1, 205).Select(i => new Proposal
            {
                // Ids in the order written, so SQLite's rowids (its newest first) follow the times whatever order EF inserts in.
                Id = Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddDays(20_000).AddMilliseconds(i)), OrganisationId = organisation, ProcessId = process, AuthorId = author, Title = $"Lantaarnpaal {i}", Body = "Meer licht",
                Theme = i % 50 == 0 ? "licht" : null, SupportCount = i % 7, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(i - 300),
            }));
            return db.SaveChanges();
        });
        using var client = app.Client();
        List<string> Titles(HtmlClient.Page page) => page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();

        var first = await client.GetAsync($"/zwolle/participatie/{process}?zoek=lantaarnpaal");
        Assert.Contains("Meer dan 200 voorstellen", first.Text, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 10", first.Text, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(186, 20).Reverse().Select(i => $"Lantaarnpaal {i}")], Titles(first));
        var last = await client.GetAsync($"/zwolle/participatie/{process}?zoek=lantaarnpaal&pagina=10");
        Assert.Equal([.. Enumerable.Range(6, 20).Reverse().Select(i => $"Lantaarnpaal {i}")], Titles(last));

        var themed = await client.GetAsync($"/zwolle/participatie/{process}?zoek=lantaarnpaal&thema=licht");
        Assert.Equal(["Lantaarnpaal 200", "Lantaarnpaal 150", "Lantaarnpaal 100", "Lantaarnpaal 50"], Titles(themed));
        Assert.Contains("4 voorstellen", themed.Text, StringComparison.Ordinal);
        var mostSupported = Titles(await client.GetAsync($"/zwolle/participatie/{process}?zoek=lantaarnpaal&volgorde=meest-gesteund"));
        // Six supports each, the better (here: newer) match first.
        Assert.Equal([.. Enumerable.Range(0, 5).Select(k => $"Lantaarnpaal {202 - 7 * k}")], mostSupported.Take(5));
    }

    [Fact]
    public async Task SqlitesSearchIndexIsMergedIntoOneSegmentAndStillFindsEverything()
    {
        var app = apps[PleinApp.Sqlite];
        static void Automerge(PleinApp app, int value) =>
            app.WithDb(db => db.Database.ExecuteSql($"""INSERT INTO "ProposalSearch"("ProposalSearch", rank) VALUES ('automerge', {value})"""));
        // Without FTS5's own merging, every proposal below is a segment of its own.
        Automerge(app, 0);
        try
        {
            var process = await ProcessAsync(app, "zwolle", [.. Enumerable.Range(1, 8).Select(i => $"Straatlantaarn {i}")]);
            async Task<int> Segments()
            {
                using var scope = app.Services.CreateScope();
                return await SearchIndexUpkeep.SegmentsAsync(scope.ServiceProvider.GetRequiredService<PleinDb>(), default);
            }
            Assert.True(await Segments() > SearchIndexUpkeep.MostSegments);

            Assert.True(await app.Services.GetRequiredService<SearchIndexUpkeep>().RunAsync(default) > 0);

            Assert.Equal(1, await Segments());
            using var client = app.Client();
            var page = await client.GetAsync($"/zwolle/participatie/{process}?zoek=straatlantaarn");
            Assert.Equal(8, page.Document.QuerySelectorAll(".plein-card h3").Length);
            Assert.Equal(0, await app.Services.GetRequiredService<SearchIndexUpkeep>().RunAsync(default));
        }
        finally
        {
            Automerge(app, 4);
        }
    }

    [Fact]
    public async Task OnSqliteAWholeWordInTheTitleComesBeforeALongerWord()
    {
        var app = apps[PleinApp.Sqlite];
        var process = await ProcessAsync(app, "zwolle", "Een wadi in het park", "Wadigebied bij de kerk", "Nog een wadi bij de school", "Regenton voor iedereen");
        app.WithDb(db => db.National<Proposal>().Where(p => p.ProcessId == process && p.Title.StartsWith("Regenton")).ExecuteUpdate(s => s.SetProperty(p => p.Body, "Met een wadi ernaast.")));
        using var client = app.Client();
        var page = await client.GetAsync($"/zwolle/participatie/{process}?zoek=wadi");
        var titles = page.Document.QuerySelectorAll(".plein-card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Nog een wadi bij de school", "Een wadi in het park", "Wadigebied bij de kerk", "Regenton voor iedereen"], titles);
    }

    [Fact]
    public async Task ProposalsFilterByTheme()
    {
        var app = apps[PleinApp.Sqlite];
        var process = app.WithDb(db => db.National<Process>().Single(p => p.Title == "Groenplan Assendorp").Id);
        using var client = app.Client();
        var page = await client.GetAsync($"/zwolle/participatie/{process}?thema=groen");
        Assert.Equal(4, page.Document.QuerySelectorAll(".plein-card h3").Length);
        var none = await client.GetAsync($"/zwolle/participatie/{process}?thema=spelen");
        Assert.Empty(none.Document.QuerySelectorAll(".plein-card h3"));
        Assert.NotNull(page.Document.QuerySelector("select[name=Thema] option[value=groen][selected]"));
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b) AND OR NOT *")]
    [InlineData("\u0000")]
    [InlineData("----")]
    public async Task SearchSyntaxIsNeverAnErrorOnEitherDatabase(string query)
    {
        foreach (var provider in PleinApp.PostgresServer is null ? new[] { PleinApp.Sqlite } : [PleinApp.Sqlite, PleinApp.Postgres])
        {
            var app = apps[provider];
            var process = await ProcessAsync(app, "zwolle", "Een voorstel");
            using var client = app.Client();
            var page = await client.GetAsync($"/zwolle/participatie/{process}?zoek={Uri.EscapeDataString(query)}");
            Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        }
    }

    [Fact]
    public void QueriesAreReducedToPlainWords()
    {
        Assert.Equal(["speeltuin", "bij", "school"], ProposalSearch.Words("Speeltuin, bij: school!"));
        Assert.Empty(ProposalSearch.Words("* - \" ' ()"));
        Assert.Equal(10, ProposalSearch.Words(string.Join(' ', Enumerable.Range(0, 50).Select(i => "woord" + i))).Count);
    }
}
