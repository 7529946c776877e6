// The benchmark of every module's performance targets (bench/run.sh): seeds each scale dataset in SQLite, measures it there
// and again after copying it into PostgreSQL, and prints one table of target, measured value, ratio and pass/fail.
// Usage: bench/run.sh [--smoke]; `-- begroten` measures only the budgeting targets on SQLite; `seed DIR` only seeds
// DIR/bench.db and (with PLEIN_BENCH_POSTGRES) the PostgreSQL database plein_bench, and keeps both to look into a plan.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Plein.Data;
using Plein.Platform.Tenancy;

var root = FindRoot();
if (args is ["seed", var keep])
{
    var path = Path.Combine(Directory.CreateDirectory(keep).FullName, "bench.db");
    var seedIds = await Seed.RunAsync(path);
    await QuickScanSeed.RunAsync(path, seedIds.Emails[0]);
    if (Environment.GetEnvironmentVariable("PLEIN_BENCH_POSTGRES") is { } server) await CopyToPostgres.RunAsync(path, server, "plein_bench");
    return;
}
if (args is ["begroten"])
{
    // The budgeting targets alone, on SQLite.
    var only = new List<Target>();
    await BudgetBench.RunAsync(root, "sqlite", null, only);
    Targets.Print(only);
    return;
}
// Every target of every module, on SQLite and (with PLEIN_BENCH_POSTGRES or PLEIN_TEST_POSTGRES) on PostgreSQL.
await Targets.RunAllAsync(root, smoke: args.Contains("--smoke"));

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "test.sh"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

/// <param name="Users">The first residents: the first eight have a password (<see cref="Emails"/>).</param>
internal sealed record SeedIds(Guid Organisation, Guid Process, Guid BusyProposal, Guid[] Proposals, string[] Emails, Guid[] Users);

internal delegate void Values(params object[] values);

internal static class Seed
{
    public const string Password = "bench-wachtwoord-2026";

    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    public static async Task<SeedIds> RunAsync(string path)
    {
        var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={path}").Options;
        await using (var db = new SqlitePleinDb(options))
        {
            await db.Database.MigrateAsync();
            await new OrganisationRegister(db, TimeProvider.System).SeedAsync();
        }
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var org = (string)(await Scalar(connection, "SELECT \"Id\" FROM \"Organisations\" WHERE \"Slug\" = 'zwolle'"))!;
        var now = DateTimeOffset.UtcNow;
        var process = Guid.NewGuid();
        var proposals = Enumerable.Range(0, Scale.Of(100_000)).Select(_ => Guid.NewGuid()).ToArray();
        var users = Enumerable.Range(0, proposals.Length / 10).Select(_ => Guid.NewGuid()).ToArray();
        string[] themes = ["groen", "spelen", "verkeer", "wonen", "cultuur"];
        string[] words = ["bomen", "speeltuin", "fietspad", "bankje", "plein", "water", "school", "markt", "licht", "tuin"];

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await Bulk(connection, tx, "INSERT INTO \"AspNetUsers\" (\"Id\",\"DisplayName\",\"PreferredLanguage\",\"CreatedAt\",\"UserName\",\"NormalizedUserName\",\"Email\",\"NormalizedEmail\",\"EmailConfirmed\",\"SecurityStamp\",\"ConcurrencyStamp\",\"PhoneNumberConfirmed\",\"TwoFactorEnabled\",\"LockoutEnabled\",\"AccessFailedCount\") VALUES ($1,$2,'nl',$3,$4,$5,$4,$5,1,$6,$6,0,0,1,0)",
            users.Length, (i, p) => { var e = $"bench{i}@voorbeeld.nl"; p(G(users[i]), $"Inwoner {i}", T(now), e, e.ToUpperInvariant(), Guid.NewGuid().ToString()); });
        await Bulk(connection, tx, "INSERT INTO \"Processes\" (\"Id\",\"OrganisationId\",\"Title\",\"Summary\",\"Body\",\"Level\",\"Area\",\"Published\",\"CreatedAt\",\"MinimumAccountAgeDays\") VALUES ($1,$2,'Grote test','Schaal','', 'Raadplegen','',1,$3,0)",
            1, (_, p) => p(G(process), org, T(now)));
        await Bulk(connection, tx, "INSERT INTO \"ProcessPhases\" (\"Id\",\"ProcessId\",\"Name\",\"Starts\",\"Ends\",\"ProposalsOpen\",\"SupportOpen\",\"CommentsOpen\",\"SupportLimit\",\"ProposeLevel\",\"SupportLevel\",\"CommentLevel\") VALUES ($1,$2,'Open',$3,$4,1,1,1,NULL,'BevestigdEmail','BevestigdEmail','BevestigdEmail')",
            1, (_, p) => p(G(Guid.NewGuid()), G(process), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await Bulk(connection, tx, "INSERT INTO \"Proposals\" (\"Id\",\"OrganisationId\",\"ProcessId\",\"AuthorId\",\"Title\",\"Body\",\"Theme\",\"Status\",\"SupportCount\",\"CreatedAt\") VALUES ($1,$2,$3,$4,$5,$6,$7,'Open',$8,$9)",
            proposals.Length, (i, p) => p(G(proposals[i]), org, G(process), G(users[i % users.Length]), $"Voorstel {i}: meer {words[i % 10]} bij de {words[(i / 10) % 10]}",
                $"Een toelichting bij voorstel {i} over {words[(i * 7) % 10]} en {words[(i * 3) % 10]}.", themes[i % 5], i % 37, T(now.AddSeconds(-i))));
        // 10,000 people each support 100 proposals: every proposal gets 10 supports, every slot unique.
        await Bulk(connection, tx, "INSERT INTO \"Supports\" (\"Id\",\"OrganisationId\",\"ProcessId\",\"ProposalId\",\"UserId\",\"Slot\",\"CreatedAt\") VALUES ($1,$2,$3,$4,$5,$6,$7)",
            proposals.Length * 10, (i, p) => p(G(Guid.NewGuid()), org, G(process), G(proposals[i % proposals.Length]), G(users[i / 100]), (i % 100) + 1, T(now)));
        await Bulk(connection, tx, "INSERT INTO \"Comments\" (\"Id\",\"OrganisationId\",\"ProposalId\",\"AuthorId\",\"Body\",\"CreatedAt\",\"ReportCount\") VALUES ($1,$2,$3,$4,$5,$6,0)",
            Scale.Of(200_000), (i, p) => p(G(Guid.NewGuid()), org, G(proposals[i < Scale.Of(10_000) ? 0 : 1 + (i % Scale.Of(19_000))]), G(users[i % users.Length]), $"Reactie {i}: ik denk er het mijne van.", T(now.AddSeconds(i))));
        // The first few residents get a password, so the bench can sign them in; the first is an ambtenaar (for exports).
        var hash = new Microsoft.AspNetCore.Identity.PasswordHasher<Plein.Platform.Accounts.PleinUser>().HashPassword(null!, Password);
        await Bulk(connection, tx, "UPDATE \"AspNetUsers\" SET \"PasswordHash\" = $1 WHERE \"Id\" = $2", 8, (i, p) => p(hash, G(users[i])));
        await Bulk(connection, tx, "INSERT INTO \"Memberships\" (\"Id\",\"OrganisationId\",\"UserId\",\"Role\",\"CreatedAt\") VALUES ($1,$2,$3,'Ambtenaar',$4)",
            1, (_, p) => p(G(Guid.NewGuid()), org, G(users[0]), T(now)));
        await Exec(connection, "CREATE TABLE \"BenchInserts\" (\"Id\" TEXT NOT NULL PRIMARY KEY, \"At\" INTEGER NOT NULL)");
        await tx.CommitAsync();
        await Exec(connection, "ANALYZE;");
        return new SeedIds(Guid.Parse(org), process, proposals[0], proposals, users.Take(8).Select(u => $"bench{Array.IndexOf(users, u)}@voorbeeld.nl").ToArray(), users.Take(20).ToArray());
    }

    internal static string G(Guid id) => id.ToString().ToUpperInvariant();
    internal static long T(DateTimeOffset at) => (long)Time.ConvertToProvider(at)!;

    internal static async Task Bulk(SqliteConnection connection, SqliteTransaction tx, string sql, int count, Action<int, Values> fill)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        var distinct = sql.Split('$').Skip(1).Select(s => "$" + new string(s.TakeWhile(char.IsDigit).ToArray())).Distinct().ToList();
        var parameters = distinct.Select(name => { var p = command.CreateParameter(); p.ParameterName = name; command.Parameters.Add(p); return p; }).ToList();
        command.Prepare();
        for (var i = 0; i < count; i++)
        {
            fill(i, values => { for (var v = 0; v < values.Length; v++) parameters[v].Value = values[v]; });
            await command.ExecuteNonQueryAsync();
        }
    }

    internal static async Task Exec(SqliteConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<object?> Scalar(SqliteConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

internal sealed class AppProcess : IDisposable
{
    private readonly Process process;
    public Uri Address { get; }
    public int Pid => process.Id;

    private AppProcess(Process process, Uri address) => (this.process, Address) = (process, address);

    public static AppProcess Start(string root, string dbPath, string? pseudonymKey = null, string database = "sqlite", string? connectionString = null)
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        var dll = Path.Combine(root, "src", "Plein", "bin", "Release", "net10.0", "Plein.dll");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(root, "src", "Plein")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = database == "postgres" ? "Postgres" : "Sqlite";
        info.Environment["Database__ConnectionString"] = connectionString ?? $"Data Source={dbPath}";
        info.Environment["Plein__PublicUrl"] = "https://plein.example.nl";
        info.Environment["Plein__PseudonymKey"] = pseudonymKey ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        info.Environment["RateLimits__ApiRequestsPerMinute"] = "10000000";
        info.Environment["RateLimits__AccountPostsPerMinute"] = "10000000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Bench__Probe"] = "true";
        var started = Process.Start(info)!;
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return new AppProcess(started, new Uri($"http://127.0.0.1:{port}"));
    }

    public async Task WaitAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            try { if ((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("Plein did not start.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing; what the database kept is what was committed.</summary>
    public void KillHard()
    {
        process.Kill();
        process.WaitForExit();
    }

    private bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}

internal static class Measure
{
    public static async Task<(double P50, double P95)> LatencyAsync(HttpClient http, string url, int warmup, int count)
    {
        for (var i = 0; i < warmup; i++) await GetAsync(http, url);
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await GetAsync(http, url);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[count / 2], times[(int)(count * 0.95)]);
    }

    /// <summary>The address reached by following "Volgende pagina" this many times.</summary>
    public static async Task<string> FollowNextAsync(HttpClient http, string url, int pages)
    {
        var path = url;
        for (var i = 0; i < pages; i++)
        {
            var html = await http.GetStringAsync(new Uri(path, UriKind.Relative));
            var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]*)\">Volgende pagina<");
            if (!link.Success) throw new InvalidOperationException($"No next page after {i} pages.");
            path = url + WebUtility.HtmlDecode(link.Groups[1].Value);
        }
        return path;
    }

    public static async Task<double> ThroughputAsync(HttpClient http, string url, int concurrency, int seconds)
    {
        var until = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (until.Elapsed.TotalSeconds < seconds)
            {
                await GetAsync(http, url);
                Interlocked.Increment(ref done);
            }
        }));
        return done / until.Elapsed.TotalSeconds;
    }

    private static async Task GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        await response.Content.CopyToAsync(Stream.Null);
    }
}

internal static class Results
{
    internal static void Replace(string root, string heading, string content)
    {
        var path = Path.Combine(root, "bench", "RESULTS.md");
        var text = File.ReadAllText(path);
        var section = content.TrimEnd() + "\n";
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
            text = text[..start] + section + (end >= 0 ? text[(end + 1)..] : "");
        }
        else text = text.TrimEnd() + "\n\n" + section;
        File.WriteAllText(path, text);
    }

}
