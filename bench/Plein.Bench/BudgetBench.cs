using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification.VotingCodes;

/// <summary>
/// Participatory budgeting (issue 4): a budget with 250,000 stored ballots is recounted in-process, and residents cast
/// ballots with voting codes through the real page while the same clients' rate against a bare one-insert endpoint is
/// the baseline. Usage: dotnet run -c Release --project bench/Plein.Bench -- begroten
/// </summary>
internal static partial class BudgetBench
{
    private const int Ballots = 250_000, Codes = 60_000, Clients = 4, Seconds = 4;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task RunAsync(string root)
    {
        var work = Directory.CreateTempSubdirectory("plein-budget-bench-");
        var dbPath = Path.Combine(work.FullName, "budget.db");
        var master = RandomNumberGenerator.GetBytes(32);
        try
        {
            var seedTime = Stopwatch.StartNew();
            var (budget, projects, codes) = await SeedAsync(dbPath, master);
            Console.WriteLine($"Seeded {Ballots:N0} ballots and {Codes:N0} codes in {seedTime.Elapsed.TotalSeconds:F0} s");

            var tallies = new List<double>();
            string? hash = null;
            for (var run = 0; run < 3; run++)
            {
                var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={dbPath}").Options;
                await using var db = new SqlitePleinDb(options, TenantContext.None);
                var watch = Stopwatch.StartNew();
                var outcome = await new Plein.Budgeting.Results.Tally(db).RunAsync(budget, CancellationToken.None);
                tallies.Add(watch.Elapsed.TotalMilliseconds);
                if (outcome!.Ballots != Ballots) throw new InvalidOperationException($"Counted {outcome.Ballots} ballots");
                hash ??= outcome.ResultHash;
                Console.WriteLine($"tally {outcome.Ballots:N0} ballots in {tallies[^1]:F0} ms, result {outcome.ResultHash[..12]}");
            }

            using var app = AppProcess.Start(root, dbPath, Convert.ToBase64String(master));
            using (var probe = new HttpClient { BaseAddress = app.Address }) await app.WaitAsync(probe);
            var queue = new ConcurrentQueue<string>(codes);
            var voters = new List<(HttpClient Http, string Token)>();
            for (var c = 0; c < Clients; c++)
            {
                var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.Address };
                var page = await http.GetStringAsync(new Uri($"/zwolle/begroten/{budget}", UriKind.Relative));
                voters.Add((http, Token().Match(page).Groups[1].Value));
            }
            async Task<bool> CastAsync(int client, int _)
            {
                if (!queue.TryDequeue(out var code)) throw new InvalidOperationException("Out of voting codes");
                var (http, token) = voters[client];
                using var response = await http.PostAsync(new Uri($"/zwolle/begroten/{budget}?handler=Cast", UriKind.Relative), new FormUrlEncodedContent(
                    [new("__RequestVerificationToken", token), new("Code", code), new("Choice", projects[0].ToString()), new("Choice", projects[1].ToString())]));
                return response.StatusCode == HttpStatusCode.Redirect ? true : throw new InvalidOperationException($"Cast answered {(int)response.StatusCode}");
            }
            for (var w = 0; w < 40; w++) await CastAsync(0, w);
            var castRate = await Writes.RunAsync(Clients, Seconds, CastAsync);
            var bareRate = await Writes.BareInsertThroughputAsync(dbPath, Clients, Seconds);
            voters.ForEach(v => v.Http.Dispose());
            Console.WriteLine($"ballot POST {castRate:F0} req/s, bare insert {bareRate:F0} req/s, ratio {castRate / bareRate:F2}");
            app.Dispose();
            var kill = await KillDuringBurstAsync(root, dbPath, master, budget, projects, queue);
            Console.WriteLine($"kill -9 during a burst: {kill.Acknowledged} acknowledged, {kill.Present} present once, {kill.Twice} twice, {kill.Spent} codes spent for {kill.CodeBallots} code ballots");
            Write(root, tallies, castRate, bareRate, kill);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    internal sealed record Kill(int Acknowledged, int Present, int Twice, long Spent, long CodeBallots);

    /// <summary>
    /// Four clients cast ballots; after a second the server gets SIGKILL mid-burst. After a restart every ballot the
    /// server had acknowledged (a redirect) must be there exactly once, and every spent code must have its ballot.
    /// </summary>
    private static async Task<Kill> KillDuringBurstAsync(string root, string dbPath, byte[] master, Guid budget, Guid[] projects, ConcurrentQueue<string> codes)
    {
        var acknowledged = new ConcurrentBag<string>();
        var app = AppProcess.Start(root, dbPath, Convert.ToBase64String(master));
        using (var probe = new HttpClient { BaseAddress = app.Address }) await app.WaitAsync(probe);
        var stop = new CancellationTokenSource();
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.Address };
            return (Http: http, Token: Token().Match(await http.GetStringAsync(new Uri($"/zwolle/begroten/{budget}", UriKind.Relative))).Groups[1].Value);
        }));
        var burst = clients.Select(async c =>
        {
            while (!stop.IsCancellationRequested && codes.TryDequeue(out var code))
            {
                try
                {
                    using var response = await c.Http.PostAsync(new Uri($"/zwolle/begroten/{budget}?handler=Cast", UriKind.Relative), new FormUrlEncodedContent(
                        [new("__RequestVerificationToken", c.Token), new("Code", code), new("Choice", projects[2].ToString())]));
                    if (response.StatusCode == HttpStatusCode.Redirect) acknowledged.Add(code);
                }
                catch (HttpRequestException) { return; }
            }
        }).ToList();
        await Task.Delay(1500);
        app.KillHard();
        stop.Cancel();
        await Task.WhenAll(burst);
        foreach (var c in clients) c.Http.Dispose();
        app.Dispose();

        // Restarted: the app opens the database as after a crash; then the database is read as it is.
        using (var again = AppProcess.Start(root, dbPath, Convert.ToBase64String(master)))
        using (var probe = new HttpClient { BaseAddress = again.Address }) await again.WaitAsync(probe);
        await using var connection = new SqliteConnection($"Data Source={dbPath}");
        await connection.OpenAsync();
        var org = (string)(await Seed.Scalar(connection, "SELECT \"Id\" FROM \"Organisations\" WHERE \"Slug\" = 'zwolle'"))!;
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: [.. Guid.Parse(org).ToByteArray(), .. Encoding.UTF8.GetBytes("stemcode")]);
        int present = 0, twice = 0;
        foreach (var code in acknowledged)
        {
            var voter = "c:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(CodeFormat.Normalise(code)!)));
            var count = (long)(await Seed.Scalar(connection, $"SELECT COUNT(*) FROM \"Ballots\" WHERE \"VoterKey\" = '{voter}'"))!;
            if (count == 1) present++;
            if (count > 1) twice++;
        }
        var spent = (long)(await Seed.Scalar(connection, "SELECT COUNT(*) FROM \"VotingCodes\" WHERE \"RedeemedAt\" IS NOT NULL"))!;
        var codeBallots = (long)(await Seed.Scalar(connection, "SELECT COUNT(*) FROM \"Ballots\" WHERE \"VoterKey\" LIKE 'c:%' AND \"VoterKey\" NOT LIKE 'c:seed%'"))!;
        return new(acknowledged.Count, present, twice, spent, codeBallots);
    }

    private static async Task<(Guid Budget, Guid[] Projects, List<string> Codes)> SeedAsync(string path, byte[] master)
    {
        var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={path}").Options;
        await using (var db = new SqlitePleinDb(options, TenantContext.None))
        {
            await db.Database.MigrateAsync();
            await new OrganisationRegister(db, TimeProvider.System).SeedAsync();
        }
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await Seed.Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var org = (string)(await Seed.Scalar(connection, "SELECT \"Id\" FROM \"Organisations\" WHERE \"Slug\" = 'zwolle'"))!;
        var now = DateTimeOffset.UtcNow;
        var (process, phase, budget) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var projects = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        string Day(int offset) => Organisation.Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The voting-code key as the app derives it from the configured master key (ADR 0015).
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: [.. Guid.Parse(org).ToByteArray(), .. Encoding.UTF8.GetBytes("stemcode")]);
        var codes = Enumerable.Range(0, Codes).Select(_ => CodeFormat.New()).Distinct().ToList();

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await Seed.Bulk(connection, tx, "INSERT INTO \"Processes\" (\"Id\",\"OrganisationId\",\"Title\",\"Summary\",\"Body\",\"Level\",\"Area\",\"Published\",\"CreatedAt\",\"MinimumAccountAgeDays\") VALUES ($1,$2,'Stadsbudget','Schaal','','Meebeslissen','',1,$3,0)",
            1, (_, p) => p(Seed.G(process), org, Seed.T(now)));
        await Seed.Bulk(connection, tx, "INSERT INTO \"ProcessPhases\" (\"Id\",\"ProcessId\",\"Name\",\"Starts\",\"Ends\",\"ProposalsOpen\",\"SupportOpen\",\"CommentsOpen\",\"SupportLimit\",\"ProposeLevel\",\"SupportLevel\",\"CommentLevel\") VALUES ($1,$2,'Stemmen',$3,$4,0,0,0,NULL,'BevestigdEmail','BevestigdEmail','BevestigdEmail')",
            1, (_, p) => p(Seed.G(phase), Seed.G(process), Day(-3), Day(10)));
        await Seed.Bulk(connection, tx, "INSERT INTO \"Budgets\" (\"Id\",\"OrganisationId\",\"ProcessId\",\"VotingPhaseId\",\"Title\",\"Description\",\"Total\",\"Rule\",\"MinimumSpendPercent\",\"MaxChoices\",\"Eligibility\",\"MinimumAge\",\"ChangeUntilClosing\",\"ResultsPublishedAt\",\"CreatedAt\",\"UpdatedAt\") VALUES ($1,$2,$3,$4,'Stadsbudget','','1000000.00','Knapsack',0,NULL,'Stemcode',NULL,0,NULL,$5,$5)",
            1, (_, p) => p(Seed.G(budget), org, Seed.G(process), Seed.G(phase), Seed.T(now)));
        await Seed.Bulk(connection, tx, "INSERT INTO \"BudgetProjects\" (\"Id\",\"OrganisationId\",\"BudgetId\",\"Title\",\"Description\",\"Cost\",\"Theme\",\"Location\",\"CreatedAt\") VALUES ($1,$2,$3,$4,'Een project.',$5,'','',$6)",
            projects.Length, (i, p) => p(Seed.G(projects[i]), org, Seed.G(budget), $"Project {i}", (50_000 + i * 10_000).ToString(CultureInfo.InvariantCulture) + ".00", Seed.T(now)));
        var ballots = Enumerable.Range(0, Ballots).Select(_ => Guid.NewGuid()).ToArray();
        await Seed.Bulk(connection, tx, "INSERT INTO \"Ballots\" (\"Id\",\"OrganisationId\",\"BudgetId\",\"VoterKey\",\"Receipt\",\"Channel\",\"EnteredBy\",\"ConfirmedBy\",\"CreatedAt\",\"UpdatedAt\") VALUES ($1,$2,$3,$4,$5,'Online',NULL,NULL,$6,$6)",
            Ballots, (i, p) => p(Seed.G(ballots[i]), org, Seed.G(budget), $"c:seed{i}", $"R{i:D10}", Seed.T(now)));
        // Three projects per ballot, spread so every project gets a different number of votes.
        await Seed.Bulk(connection, tx, "INSERT INTO \"BallotChoices\" (\"BallotId\",\"ProjectId\",\"OrganisationId\",\"BudgetId\") VALUES ($1,$2,$3,$4)",
            Ballots * 3, (i, p) => p(Seed.G(ballots[i / 3]), Seed.G(projects[((i / 3) * 7 + (i % 3) * (1 + (i / 3) % 3)) % projects.Length]), org, Seed.G(budget)));
        var batch = Guid.NewGuid();
        await Seed.Bulk(connection, tx, "INSERT INTO \"VotingCodeBatches\" (\"Id\",\"OrganisationId\",\"ScopeId\",\"Name\",\"Count\",\"CreatedAt\") VALUES ($1,$2,$3,'Brieven',$4,$5)",
            1, (_, p) => p(Seed.G(batch), org, Seed.G(budget), codes.Count, Seed.T(now)));
        await Seed.Bulk(connection, tx, "INSERT INTO \"VotingCodes\" (\"Id\",\"OrganisationId\",\"BatchId\",\"ScopeId\",\"Hash\") VALUES ($1,$2,$3,$4,$5)",
            codes.Count, (i, p) => p(Seed.G(Guid.NewGuid()), org, Seed.G(batch), Seed.G(budget), Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(CodeFormat.Normalise(codes[i])!)))));
        await Seed.Exec(connection, "CREATE TABLE \"BenchInserts\" (\"Id\" TEXT NOT NULL PRIMARY KEY, \"At\" INTEGER NOT NULL)");
        await tx.CommitAsync();
        await Seed.Exec(connection, "ANALYZE;");
        return (budget, projects, codes);
    }

    private static void Write(string root, List<double> tallies, double castRate, double bareRate, Kill kill)
    {
        var median = tallies.Order().ElementAt(tallies.Count / 2);
        var inv = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine("## Participatory budgeting (SQLite)");
        table.AppendLine();
        table.AppendLine(inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd} by `bench/Plein.Bench -- begroten` on this 2-core machine, Release build. Tally: the");
        table.AppendLine("recount the results page and the `tally` command do, in-process, of a budget with 250,000 stored ballots of three projects");
        table.AppendLine("each (750,000 choices), three runs. Ballots: 4 anonymous residents cast ballots with voting codes through the ballot page");
        table.AppendLine("(code check, rules, code spent and ballot stored in one transaction) for 4 s, against the same 4 clients POSTing to a bare");
        table.AppendLine("ASP.NET Core endpoint that does one insert into the same SQLite file. Targets: tally <= 2000 ms; ratio >= 0.50.");
        table.AppendLine();
        table.AppendLine("| measure | runs | result | target | result / target |");
        table.AppendLine("|---|---|---|---|---|");
        table.AppendLine(inv, $"| tally of 250,000 ballots (ms) | {string.Join(" ", tallies.Select(t => t.ToString("F0", inv)))} | {median:F0} | <= 2000 | {median / 2000:F2} |");
        table.AppendLine(inv, $"| ballot POST (req/s) | | {castRate:F0} | | |");
        table.AppendLine(inv, $"| bare insert (req/s) | | {bareRate:F0} | | |");
        table.AppendLine(inv, $"| ballot / bare insert | | {castRate / bareRate:F2} | >= 0.50 | {castRate / bareRate / 0.5:F2} |");
        table.AppendLine();
        table.AppendLine(inv, $"Crash proof, same run: 4 clients cast ballots, the server gets SIGKILL after 1.5 s and is started again. {kill.Acknowledged} ballots were");
        table.AppendLine(inv, $"acknowledged before the kill; {kill.Present} of them are stored exactly once, {kill.Twice} twice; {kill.Spent} codes are spent for {kill.CodeBallots} code ballots");
        table.AppendLine($"(equal means no spent code without its ballot and no ballot without its code).");
        Results.Replace(root, "## Participatory budgeting (SQLite)", table.ToString());
    }
}
