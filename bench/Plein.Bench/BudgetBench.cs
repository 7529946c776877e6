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
    private const int Clients = 4;
    private static int Ballots => Scale.Of(250_000);
    private static int Codes => Math.Max(5_000, Scale.Of(60_000));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Issue 4's targets on one database: the tally, ballot POST throughput, and (SQLite) the SIGKILL check.</summary>
    public static async Task RunAsync(string root, string database, string? postgresServer, List<Target> targets)
    {
        var work = Directory.CreateTempSubdirectory("plein-budget-bench-");
        var dbPath = Path.Combine(work.FullName, "budget.db");
        var master = RandomNumberGenerator.GetBytes(32);
        try
        {
            var seedTime = Stopwatch.StartNew();
            var (organisation, budget, projects, codes) = await SeedAsync(dbPath, master);
            Console.WriteLine($"Seeded {Ballots:N0} ballots and {Codes:N0} codes in {seedTime.Elapsed.TotalSeconds:F0} s");
            var connection = database == "sqlite" ? $"Data Source={dbPath}" : await CopyToPostgres.RunAsync(dbPath, postgresServer!, "plein_bench_budget");

            var tallies = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                await using PleinDb db = database == "sqlite"
                    ? new SqlitePleinDb(new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite(connection).Options)
                    : new PostgresPleinDb(new DbContextOptionsBuilder<PostgresPleinDb>().UseNpgsql(connection).Options);
                var watch = Stopwatch.StartNew();
                var outcome = await new Plein.Budgeting.Results.Tally(db).RunAsync(budget, CancellationToken.None);
                tallies.Add(watch.Elapsed.TotalMilliseconds);
                if (outcome!.Ballots != Ballots) throw new InvalidOperationException($"Counted {outcome.Ballots} ballots");
                Console.WriteLine($"tally {outcome.Ballots:N0} ballots in {tallies[^1]:F0} ms, result {outcome.ResultHash[..12]}");
            }
            targets.Add(new Target(database, "budgeting", $"tally of {Ballots:N0} ballots (median of 3)", tallies.Order().ElementAt(1), "ms", 2000, AtLeast: false));

            var queue = new ConcurrentQueue<string>(codes);
            using (var app = AppProcess.Start(root, dbPath, Convert.ToBase64String(master), database, connection))
            {
                using (var waiting = new HttpClient { BaseAddress = app.Address }) await app.WaitAsync(waiting);
                var voters = new List<(HttpClient Http, string Token)>();
                for (var c = 0; c < Clients; c++)
                {
                    var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Address };
                    using var form = await http.GetAsync(new Uri($"/zwolle/begroten/{budget}", UriKind.Relative));
                    // Each cast sends the cookies the ballot page set, as a voter's browser does; not the message of the
                    // cast before: a browser follows a cast's redirect, and that page reads the message and clears it.
                    http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
                    voters.Add((http, Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value));
                }
                async Task<bool> CastAsync(int client, int _)
                {
                    if (!queue.TryDequeue(out var code)) throw new InvalidOperationException("Out of voting codes");
                    var (http, token) = voters[client];
                    using var response = await http.PostAsync(new Uri($"/zwolle/begroten/{budget}?handler=Cast", UriKind.Relative), new FormUrlEncodedContent(
                        [new("__RequestVerificationToken", token), new("Code", code), new("Choice", projects[0].ToString()), new("Choice", projects[1].ToString())]));
                    return response.StatusCode == HttpStatusCode.Redirect ? true : throw new InvalidOperationException($"Cast answered {(int)response.StatusCode}");
                }
                // The baseline: a bare endpoint inserting one ballot row (its unique indexes included), and for scale one two-column row.
                Func<int, int, Task<bool>> Probe(string url) => async (client, _) =>
                {
                    using var response = await voters[client].Http.PostAsync(new Uri(url, UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
                    return response.StatusCode == HttpStatusCode.Created ? true : throw new InvalidOperationException($"Probe answered {(int)response.StatusCode}");
                };
                var ballotRow = Probe($"/bench/stem?organisatie={organisation}&begroting={budget}");
                // The app has just started: load on both until their rates settle (the JIT tiers the whole pipeline up
                // over the first seconds of load), so both are measured in steady state, as the pages are.
                Console.WriteLine($"ballot POST warm-up: {string.Join(", ", (await Writes.WarmAsync(Clients, 16, CastAsync)).Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))} req/s");
                Console.WriteLine($"one ballot row warm-up: {string.Join(", ", (await Writes.WarmAsync(Clients, 6, ballotRow)).Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))} req/s");
                var castRate = await Writes.RunAsync(Clients, Scale.Seconds(4), CastAsync);
                var probeRate = await Writes.RunAsync(Clients, Scale.Seconds(4), ballotRow);
                var twoColumns = await Writes.RunAsync(Clients, Scale.Seconds(4), Probe("/bench/insert"));
                voters.ForEach(v => v.Http.Dispose());
                Console.WriteLine($"ballot POST {castRate:F0} req/s, one ballot row {probeRate:F0} req/s, one two-column row {twoColumns:F0} req/s");
                targets.Add(new Target(database, "budgeting", "ballot POST throughput", castRate / probeRate, "ratio", 0.5, AtLeast: true,
                    $"bare endpoint inserting one ballot, {probeRate:F0} req/s (one two-column row: {twoColumns:F0} req/s, ratio {castRate / twoColumns:F2})"));
            }
            if (database != "sqlite") return; // SIGKILL on PostgreSQL: tests/Plein.Faults
            var kill = await KillDuringBurstAsync(root, dbPath, master, budget, projects, queue);
            Console.WriteLine($"kill -9 during a burst: {kill.Acknowledged} acknowledged, {kill.Present} present once, {kill.Twice} twice, {kill.Spent} codes used for {kill.CodeBallots} code ballots");
            targets.Add(new Target(database, "budgeting", $"SIGKILL in a ballot burst: acknowledged ballots lost (of {kill.Acknowledged})", kill.Acknowledged - kill.Present, "", 0, AtLeast: false));
            targets.Add(new Target(database, "budgeting", "SIGKILL in a ballot burst: ballots stored twice", kill.Twice, "", 0, AtLeast: false));
            targets.Add(new Target(database, "budgeting", "SIGKILL in a ballot burst: codes used without a ballot", Math.Abs(kill.Spent - kill.CodeBallots), "", 0, AtLeast: false));
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

    private static async Task<(Guid Organisation, Guid Budget, Guid[] Projects, List<string> Codes)> SeedAsync(string path, byte[] master)
    {
        var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={path}").Options;
        await using (var db = new SqlitePleinDb(options))
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
        await Seed.Bulk(connection, tx, "INSERT INTO \"BudgetProjects\" (\"Id\",\"OrganisationId\",\"BudgetId\",\"Title\",\"Description\",\"Cost\",\"Theme\",\"Location\",\"Status\",\"CreatedAt\") VALUES ($1,$2,$3,$4,'Een project.',$5,'','','Haalbaar',$6)",
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
        return (Guid.Parse(org), budget, projects, codes);
    }
}
