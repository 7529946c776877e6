// Participation at scale (issue 3): seeds one organisation with 100,000 proposals, 1,000,000 supports and 200,000
// comments (one proposal with 10,000) in SQLite, starts Plein on it, and measures pages as ratios in one run.
// Usage: dotnet run -c Release --project bench/Plein.Bench   (writes its section of bench/RESULTS.md)
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
if (args is ["begroten"])
{
    await BudgetBench.RunAsync(root);
    return;
}
var work = Directory.CreateTempSubdirectory("plein-bench-");
var dbPath = Path.Combine(work.FullName, "bench.db");
try
{
    Console.WriteLine($"Seeding {dbPath} ...");
    var seedTime = Stopwatch.StartNew();
    var ids = await Seed.RunAsync(dbPath);
    if (args is ["steun"])
    {
        // Only the support write against the bare insert (for profiling the write path).
        using var writing = AppProcess.Start(root, dbPath);
        using (var waiting = new HttpClient { BaseAddress = writing.Address }) await writing.WaitAsync(waiting);
        Console.WriteLine($"Plein pid {writing.Pid}");
        var hold = int.Parse(Environment.GetEnvironmentVariable("PLEIN_BENCH_HOLD") ?? "4", CultureInfo.InvariantCulture);
        var supports = await Writes.SupportThroughputAsync(writing.Address, ids, clients: 4, seconds: hold);
        var probe = await Writes.ProbeThroughputAsync(writing.Address, ids.Emails, clients: 4, seconds: int.Parse(Environment.GetEnvironmentVariable("PLEIN_BENCH_PROBE") ?? "4", CultureInfo.InvariantCulture));
        var bare = await Writes.BareInsertThroughputAsync(dbPath, clients: 4, seconds: 4);
        Console.WriteLine($"support POST {supports,7:F0} req/s, insert in Plein {probe,7:F0} req/s (ratio {supports / probe:F2}), minimal server {bare,7:F0} req/s (ratio {supports / bare:F2})");
        return;
    }
    var quickScan = await QuickScanSeed.RunAsync(dbPath, ids.Emails[0]);
    Console.WriteLine($"Seeded in {seedTime.Elapsed.TotalSeconds:F0} s");

    using var app = AppProcess.Start(root, dbPath);
    using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
    await app.WaitAsync(http);

    var process = $"/zwolle/participatie/{ids.Process}";
    var deep = await Measure.FollowNextAsync(http, process, pages: 499);
    var cases = new (string Name, string Url)[]
    {
        ("layout without queries (baseline)", "/privacy"),
        ("index, newest", process),
        ("index, most supported", process + "?volgorde=meest-gesteund"),
        ("index, status open, random", process + "?status=open&volgorde=willekeurig"),
        ("index, theme filter", process + "?thema=groen"),
        ("index, full-text search", process + "?zoek=speeltuin"),
        ("index, page 500 (cursor)", deep),
        ("proposal with 10,000 comments, first page", $"/zwolle/voorstellen/{ids.BusyProposal}"),
    };
    var results = new List<(string Name, double P50, double P95, double PerSecond)>();
    foreach (var (name, url) in cases)
    {
        // Two seconds of load first, so the JIT has compiled the hot paths: this measures the steady state.
        await Measure.ThroughputAsync(http, url, concurrency: 4, seconds: 2);
        var (p50, p95) = await Measure.LatencyAsync(http, url, warmup: 30, count: 300);
        var perSecond = await Measure.ThroughputAsync(http, url, concurrency: 4, seconds: 4);
        results.Add((name, p50, p95, perSecond));
        Console.WriteLine($"{name,-45} p50 {p50,6:F1} ms  p95 {p95,6:F1} ms  {perSecond,7:F0} req/s");
    }
    Results.Write(root, results);

    // Writes: support POSTs by signed-in residents against a bare endpoint doing one insert into the same database.
    var supportRate = await Writes.SupportThroughputAsync(app.Address, ids, clients: 4, seconds: 4);
    var probeRate = await Writes.ProbeThroughputAsync(app.Address, ids.Emails, clients: 4, seconds: 4);
    var bareRate = await Writes.BareInsertThroughputAsync(dbPath, clients: 4, seconds: 4);
    Console.WriteLine($"support POST {supportRate,7:F0} req/s, insert in Plein {probeRate,7:F0} req/s (ratio {supportRate / probeRate:F2}), minimal server {bareRate,7:F0} req/s (ratio {supportRate / bareRate:F2})");

    // Exports: the whole process's resident memory, sampled while the full open-data export streams.
    var exports = await Exports.MeasureAsync(app, ids);
    foreach (var e in exports) Console.WriteLine($"export {e.Name,-22} {e.Rows,7} rows {e.Megabytes,6:F1} MB in {e.Seconds,5:F1} s, RSS {e.BeforeMb,5:F0} -> peak {e.PeakMb,5:F0} MB");
    Results.WriteWrites(root, supportRate, probeRate, bareRate, exports);

    // Quick scan: the report of a very large scan, the national view, and the raw export of about a million answers.
    var (scanRows, scanExport) = await QuickScanBench.MeasureAsync(app, quickScan, ids.Emails[0]);
    foreach (var r in scanRows) Console.WriteLine($"{r.Name,-70} p50 {r.P50,7:F1} ms  p95 {r.P95,7:F1} ms");
    Console.WriteLine($"export {scanExport.Name} {scanExport.Rows} rows {scanExport.Megabytes:F1} MB in {scanExport.Seconds:F1} s, RSS {scanExport.BeforeMb:F0} -> peak {scanExport.PeakMb:F0} MB");
    await using (var counting = new SqliteConnection($"Data Source={dbPath}"))
    {
        await counting.OpenAsync();
        var answers = (long)(await Seed.Scalar(counting, $"SELECT COUNT(*) FROM \"SurveyAnswers\" WHERE \"SurveyId\" = '{Seed.G(quickScan.ExportSurvey)}'"))!;
        var all = (long)(await Seed.Scalar(counting, "SELECT COUNT(*) FROM \"SurveyAnswers\""))!;
        QuickScanBench.Write(root, scanRows, scanExport, all - answers, answers);
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    // PLEIN_BENCH_KEEP=1 keeps the seeded database, to look at query plans afterwards.
    if (Environment.GetEnvironmentVariable("PLEIN_BENCH_KEEP") == "1") Console.WriteLine($"kept {dbPath}");
    else work.Delete(recursive: true);
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "test.sh"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record SeedIds(Guid Process, Guid BusyProposal, Guid[] Proposals, string[] Emails);

internal delegate void Values(params object[] values);

internal static class Seed
{
    public const string Password = "bench-wachtwoord-2026";

    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    public static async Task<SeedIds> RunAsync(string path)
    {
        var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={path}").Options;
        await using (var db = new SqlitePleinDb(options, TenantContext.None))
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
        var users = Enumerable.Range(0, 10_000).Select(_ => Guid.NewGuid()).ToArray();
        var proposals = Enumerable.Range(0, 100_000).Select(_ => Guid.NewGuid()).ToArray();
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
            1_000_000, (i, p) => p(G(Guid.NewGuid()), org, G(process), G(proposals[i % proposals.Length]), G(users[i / 100]), (i % 100) + 1, T(now)));
        await Bulk(connection, tx, "INSERT INTO \"Comments\" (\"Id\",\"OrganisationId\",\"ProposalId\",\"AuthorId\",\"Body\",\"CreatedAt\",\"ReportCount\") VALUES ($1,$2,$3,$4,$5,$6,0)",
            200_000, (i, p) => p(G(Guid.NewGuid()), org, G(proposals[i < 10_000 ? 0 : 1 + (i % 19_000)]), G(users[i % users.Length]), $"Reactie {i}: ik denk er het mijne van.", T(now.AddSeconds(i))));
        // The first few residents get a password, so the bench can sign them in; the first is an ambtenaar (for exports).
        var hash = new Microsoft.AspNetCore.Identity.PasswordHasher<Plein.Platform.Accounts.PleinUser>().HashPassword(null!, Password);
        await Bulk(connection, tx, "UPDATE \"AspNetUsers\" SET \"PasswordHash\" = $1 WHERE \"Id\" = $2", 8, (i, p) => p(hash, G(users[i])));
        await Bulk(connection, tx, "INSERT INTO \"Memberships\" (\"Id\",\"OrganisationId\",\"UserId\",\"Role\",\"CreatedAt\") VALUES ($1,$2,$3,'Ambtenaar',$4)",
            1, (_, p) => p(G(Guid.NewGuid()), org, G(users[0]), T(now)));
        await Exec(connection, "CREATE TABLE \"BenchInserts\" (\"Id\" TEXT NOT NULL PRIMARY KEY, \"At\" INTEGER NOT NULL)");
        await tx.CommitAsync();
        await Exec(connection, "ANALYZE;");
        return new SeedIds(process, proposals[0], proposals, users.Take(8).Select(u => $"bench{Array.IndexOf(users, u)}@voorbeeld.nl").ToArray());
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

    public static AppProcess Start(string root, string dbPath, string? pseudonymKey = null)
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
        info.Environment["Database__ConnectionString"] = $"Data Source={dbPath}";
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
    public static void WriteWrites(string root, double supportRate, double probeRate, double bareRate, List<Exports.Run> exports)
    {
        var table = new System.Text.StringBuilder();
        table.AppendLine("## Participation writes and exports (SQLite)");
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} by `bench/Plein.Bench` in the same run and database as above. Support: 4 signed-in residents");
        table.AppendLine("POST `/api/v1/{org}/voorstellen/{id}/steun` for new proposals for 4 s after 3 s of warm-up (authentication, permission");
        table.AppendLine("checks, one insert that the database counts). Baseline: the same 4 signed-in clients POST to Plein's bench probe, one insert");
        table.AppendLine("through Plein's whole pipeline (only when bench/ starts Plein). For scale, also a minimal ASP.NET Core server that does one");
        table.AppendLine("insert into the same SQLite file, with none of Plein's pipeline. Target: ratio >= 0.50 to the bare insert. Exports: a staff");
        table.AppendLine("member downloads the full open-data export; the app's resident memory (VmRSS) is sampled every 20 ms while it streams.");
        table.AppendLine("Target: peak <= 300 MB.");
        table.AppendLine();
        table.AppendLine("| write | req/s | ratio to the insert in Plein | ratio to the minimal server |");
        table.AppendLine("|---|---|---|---|");
        table.AppendLine(CultureInfo.InvariantCulture, $"| support POST | {supportRate:F0} | {supportRate / probeRate:F2} | {supportRate / bareRate:F2} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| one insert in Plein (baseline) | {probeRate:F0} | 1.00 | {probeRate / bareRate:F2} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| one insert, minimal server | {bareRate:F0} | | 1.00 |");
        table.AppendLine();
        table.AppendLine("| export | rows | size (MB) | time (s) | RSS before (MB) | peak RSS during (MB) |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var e in exports)
            table.AppendLine(CultureInfo.InvariantCulture, $"| {e.Name} | {(e.Rows < 0 ? "" : e.Rows.ToString(CultureInfo.InvariantCulture))} | {e.Megabytes:F1} | {e.Seconds:F1} | {e.BeforeMb:F0} | {e.PeakMb:F0} |");
        Replace(root, "## Participation writes and exports (SQLite)", table.ToString());
    }

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

    public static void Write(string root, List<(string Name, double P50, double P95, double PerSecond)> rows)
    {
        var baseline = rows[0].PerSecond;
        var table = new System.Text.StringBuilder();
        table.AppendLine("## Participation at scale (SQLite)");
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} by `bench/Plein.Bench` on this 2-core machine: one organisation with 100,000 proposals,");
        table.AppendLine("1,000,000 supports and 200,000 comments (one proposal with 10,000), Release build, anonymous visitor. After 2 s of load");
        table.AppendLine("per page, latency from 300 sequential requests; throughput with 4 concurrent clients for 4 s, as a ratio to the same layout");
        table.AppendLine("rendered without a query (`/privacy`), in the same run. Targets: index p95 <= 25 ms and ratio >= 0.50; busy proposal p95 <= 30 ms.");
        table.AppendLine();
        table.AppendLine("| page | p50 (ms) | p95 (ms) | req/s | ratio to baseline |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var (name, p50, p95, perSecond) in rows)
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {p50:F1} | {p95:F1} | {perSecond:F0} | {perSecond / baseline:F2} |");
        var path = Path.Combine(root, "bench", "RESULTS.md");
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmark results\n";
        var section = table.ToString().TrimEnd() + "\n";
        var start = text.IndexOf("## Participation at scale (SQLite)", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
            text = text[..start] + section + (end >= 0 ? text[(end + 1)..] : "");
        }
        else text = text.TrimEnd() + "\n\n" + section;
        File.WriteAllText(path, text);
        Console.WriteLine($"written to {path}");
    }
}
