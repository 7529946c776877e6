using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;
using Plein.Faults.Support;

namespace Plein.Faults;

/// <summary>
/// PostgreSQL unreachable for 10 s (a relay between Plein and the server cut, then restored): pages answer a Dutch 503
/// page and the API a 503 problem+json, quickly and with Retry-After; afterwards Plein serves again without a restart.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task An_unreachable_database_gives_503_and_Plein_recovers_without_a_restart()
    {
        using var database = await FaultDatabase.CreateAsync(FaultDatabase.Postgres);
        var proposal = (await Seed.ProposalsAsync(database, 1))[0];
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        using var proxy = new TcpProxy(direct.Host!, direct.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        using var node = await PleinNode.StartAsync(database, smtpPort: PleinNode.FreePort(), connectionString: viaProxy.ConnectionString);
        using var http = node.Client();
        var page = $"/zwolle/voorstellen/{proposal}";
        var api = $"/api/v1/zwolle/voorstellen/{proposal}";
        await AssertServesAsync(http, page, api);

        proxy.Cut();
        var outage = Stopwatch.StartNew();
        var answered = 0;
        while (outage.Elapsed < TimeSpan.FromSeconds(10))
        {
            var watch = Stopwatch.StartNew();
            using (var response = await http.GetAsync(new Uri(page, UriKind.Relative)))
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Page during the outage: {(int)response.StatusCode}\n{node.Output}");
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("Plein is even niet bereikbaar", body, StringComparison.Ordinal);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 503 page says when to try again (Retry-After).");
            }
            using (var response = await http.GetAsync(new Uri(api, UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
                Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 503 problem says when to try again (Retry-After).");
            }
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Answers during the outage took {watch.Elapsed.TotalSeconds:F1} s: no hanging on a dead database.");
            answered++;
            await Task.Delay(250);
        }

        proxy.Restore();
        var recovery = Stopwatch.StartNew();
        while (!await ServesAsync(http, page, api))
        {
            Assert.True(recovery.Elapsed < TimeSpan.FromSeconds(10), $"Plein did not recover within 10 s of the database coming back.\n{node.Output}");
            await Task.Delay(200);
        }
        output.WriteLine($"{answered} rounds of 503 during the outage; serving again {recovery.ElapsedMilliseconds} ms after the database came back");
        for (var i = 0; i < 5; i++) await AssertServesAsync(http, page, api);
    }

    private static async Task<bool> ServesAsync(HttpClient http, string page, string api)
    {
        using var a = await http.GetAsync(new Uri(page, UriKind.Relative));
        using var b = await http.GetAsync(new Uri(api, UriKind.Relative));
        return a.StatusCode == HttpStatusCode.OK && b.StatusCode == HttpStatusCode.OK;
    }

    private static async Task AssertServesAsync(HttpClient http, string page, string api)
    {
        using var a = await http.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        using var b = await http.GetAsync(new Uri(api, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
    }
}
