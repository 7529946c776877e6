using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Participation;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

[Collection(AppCollection.Name)]
public sealed class ParticipationApiTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<JsonElement> GetJson(HtmlClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A published process in Zwolle with proposals (the eighth withdrawn), created straight in the database.</summary>
    internal static async Task<Guid> ProcessWithProposalsAsync(PleinApp app, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "zwolle");
        var author = await db.Users.Where(u => u.Email == Demo.Email("inwoner", "zwolle")).Select(u => u.Id).SingleAsync();
        var process = new Process { Id = Guid.NewGuid(), Title = "API-proces", Summary = "Voor de API", Published = true, CreatedAt = DateTimeOffset.UtcNow };
        db.Add(process);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < count; i++)
            db.Add(new Proposal
            {
                Id = Guid.NewGuid(), ProcessId = process.Id, AuthorId = author, Title = $"Voorstel {i:00}", Body = "Tekst",
                // Pairs share a timestamp, so the cursor must also order on the id.
                CreatedAt = start.AddMinutes(i / 2), SupportCount = i % 3, Status = i == 7 ? ProposalStatus.Ingetrokken : ProposalStatus.Open,
            });
        await db.SaveChangesAsync();
        return process.Id;
    }

    public static TheoryData<string, string> ProvidersAndOrders => new()
    {
        { PleinApp.Sqlite, "nieuwste" }, { PleinApp.Sqlite, "meest-gesteund" }, { PleinApp.Sqlite, "willekeurig" },
        { PleinApp.Postgres, "nieuwste" }, { PleinApp.Postgres, "meest-gesteund" }, { PleinApp.Postgres, "willekeurig" },
    };

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task ProposalsPageByCursorWithoutRepeatsOrGaps(string provider, string order)
    {
        var app = apps[provider];
        var process = await ProcessWithProposalsAsync(app, 45);
        using var client = app.Client();
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetJson(client, $"/api/v1/zwolle/processen/{process}/voorstellen?volgorde={order}" + (cursor is null ? "" : "&na=" + cursor));
            seen.AddRange(page.GetProperty("voorstellen").EnumerateArray().Select(p => p.GetProperty("titel").GetString()!));
            cursor = page.GetProperty("volgende").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);
        Assert.Equal(3, pages);
        Assert.Equal(44, seen.Count);
        Assert.Equal(44, seen.Distinct().Count());
        Assert.DoesNotContain("Voorstel 07", seen);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ProcessesAreOpenDataWithoutDraftsOrPersonalData(string provider)
    {
        var app = apps[provider];
        using var client = app.Client();
        var list = await GetJson(client, "/api/v1/zwolle/processen");
        var titles = list.GetProperty("processen").EnumerateArray().Select(p => p.GetProperty("titel").GetString()).ToList();
        Assert.Contains("Groenplan Assendorp", titles);
        var id = list.GetProperty("processen").EnumerateArray().First(p => p.GetProperty("titel").GetString() == "Groenplan Assendorp").GetProperty("id").GetString();
        var detail = await GetJson(client, $"/api/v1/zwolle/processen/{id}");
        Assert.Equal(2, detail.GetProperty("fasen").GetArrayLength());
        var proposals = await GetJson(client, $"/api/v1/zwolle/processen/{id}/voorstellen");
        var text = proposals.GetRawText();
        Assert.DoesNotContain("@demo.plein.nl", text, StringComparison.Ordinal);
        Assert.DoesNotContain("auteur", text, StringComparison.OrdinalIgnoreCase);
        var elsewhere = await GetJson(client, "/api/v1/provincie-overijssel/processen");
        Assert.DoesNotContain(elsewhere.GetProperty("processen").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        await GetJson(client, $"/api/v1/provincie-overijssel/processen/{id}", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/zwolle/processen/{id}/voorstellen?na=onzin", 400)]
    [InlineData("/api/v1/zwolle/processen/{id}/voorstellen?na=%27%20OR%201%3D1", 400)]
    [InlineData("/api/v1/zwolle/processen/{id}/voorstellen?volgorde=oudste", 400)]
    [InlineData("/api/v1/zwolle/processen/{id}/voorstellen?status=ingetrokken", 400)]
    [InlineData("/api/v1/zwolle/processen/{id}/voorstellen?status=%3Cscript%3E", 400)]
    [InlineData("/api/v1/zwolle/processen/geen-guid/voorstellen", 404)]
    [InlineData("/api/v1/bestaat-niet/processen", 404)]
    [InlineData("/api/v1/zwolle/voorstellen/00000000-0000-0000-0000-000000000000", 404)]
    public async Task BadRequestsGetDutchProblems(string url, int status)
    {
        var app = apps[PleinApp.Sqlite];
        var id = app.WithDb(db => db.National<Process>().First(p => p.Published).Id);
        using var client = app.Client();
        var problem = await GetJson(client, url.Replace("{id}", id.ToString(), StringComparison.Ordinal), (HttpStatusCode)status);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
