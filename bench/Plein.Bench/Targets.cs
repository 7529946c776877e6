using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

/// <summary>How much data and how long: 1 for the real run, small for the smoke run in ./test.sh.</summary>
internal static class Scale
{
    public static double Factor { get; set; } = 1;
    public static bool Smoke => Factor < 1;
    public static int Of(int n) => Math.Max(1, (int)(n * Factor));
    /// <summary>Seconds of load: the smoke run only proves the path works.</summary>
    public static int Seconds(int n) => Smoke ? 1 : n;
}

/// <summary>One performance target from a module issue, as measured in this run.</summary>
internal sealed record Target(string Database, string Module, string Name, double Measured, string Unit, double Limit, bool AtLeast, string Baseline = "")
{
    public bool Pass => AtLeast ? Measured >= Limit : Measured <= Limit;
    /// <summary>Measured over limit: at most 1 passes an upper limit, at least 1 passes a lower one.</summary>
    public double Ratio => Limit == 0 ? (Measured == 0 ? 1 : double.PositiveInfinity) : Measured / Limit;
}

internal static class Targets
{
    public static async Task RunAllAsync(string root, bool smoke)
    {
        if (smoke) Scale.Factor = 0.02;
        var postgres = Environment.GetEnvironmentVariable("PLEIN_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("PLEIN_TEST_POSTGRES");
        var work = Directory.CreateTempSubdirectory("plein-bench-");
        var all = new List<Target>();
        try
        {
            var dbPath = Path.Combine(work.FullName, "bench.db");
            Console.WriteLine($"Seeding {dbPath} (scale {Scale.Factor}) ...");
            var seedTime = System.Diagnostics.Stopwatch.StartNew();
            var ids = await Seed.RunAsync(dbPath);
            var quickScan = await QuickScanSeed.RunAsync(dbPath, ids.Emails[0]);
            Console.WriteLine($"Seeded in {seedTime.Elapsed.TotalSeconds:F0} s");
            // Copied before the SQLite run writes its supports, so both databases start from the same data.
            var copy = postgres is null ? null : await CopyToPostgres.RunAsync(dbPath, postgres, "plein_bench");
            foreach (var database in copy is null ? ["sqlite"] : new[] { "sqlite", "postgres" })
            {
                var connection = database == "sqlite" ? $"Data Source={dbPath}" : copy!;
                using (var app = AppProcess.Start(root, dbPath, database: database, connectionString: connection))
                {
                    using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
                    await app.WaitAsync(http);
                    all.AddRange(await ParticipationTargets.MeasureAsync(app, http, ids, database));
                    all.AddRange(await QuickScanBench.MeasureAsync(app, quickScan, ids.Emails[0], database));
                }
                await BudgetBench.RunAsync(root, database, postgres, all);
                Print(all.Where(t => t.Database == database).ToList());
            }
            if (postgres is null) Console.WriteLine("No PostgreSQL server given (PLEIN_BENCH_POSTGRES): SQLite only.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
        if (!smoke) Write(root, all);
        var failed = all.Count(t => !t.Pass);
        Console.WriteLine(smoke
            ? $"Smoke run complete: {all.Count} targets measured at {Scale.Factor:P0} scale (not judged at this scale)."
            : $"{all.Count - failed} of {all.Count} targets met.");
    }

    public static void Print(List<Target> all)
    {
        foreach (var t in all)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.Database,-8} {t.Module,-14} {t.Name,-52} {t.Measured,10:F2} {t.Unit,-6} {(t.AtLeast ? ">=" : "<=")} {t.Limit,8:F2}  {(t.Pass ? "pass" : "FAIL")}"));
    }

    private static void Write(string root, List<Target> all)
    {
        var inv = CultureInfo.InvariantCulture;
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";
        var table = new StringBuilder();
        table.AppendLine("## Every target (bench/run.sh)");
        table.AppendLine();
        table.AppendLine(inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `bench/run.sh` on {Environment.ProcessorCount} cores ({cpu}), Release build, the full");
        table.AppendLine("datasets of issues 3, 4 and the quick scan, first on SQLite and then the same data copied into PostgreSQL 15. A ratio");
        table.AppendLine("target is measured against its baseline in the same run (named in the row). Result / target: <= 1 passes an upper");
        table.AppendLine("limit, >= 1 passes a lower one.");
        table.AppendLine();
        table.AppendLine("| database | module | target | measured | target | result / target | baseline | pass |");
        table.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var t in all)
            table.AppendLine(inv, $"| {t.Database} | {t.Module} | {t.Name} | {t.Measured:0.##} {t.Unit} | {(t.AtLeast ? ">=" : "<=")} {t.Limit:0.##} | {t.Ratio:F2} | {t.Baseline} | {(t.Pass ? "yes" : "**no**")} |");
        table.AppendLine();
        table.AppendLine(inv, $"{all.Count(t => t.Pass)} of {all.Count} targets met.");
        Results.Replace(root, "## Every target (bench/run.sh)", table.ToString());
    }
}
