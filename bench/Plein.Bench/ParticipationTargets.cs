/// <summary>Issue 3's targets: the proposal index and the busy proposal, support POST throughput, the export's memory.</summary>
internal static class ParticipationTargets
{
    public static async Task<List<Target>> MeasureAsync(AppProcess app, HttpClient http, SeedIds ids, string database)
    {
        var process = $"/zwolle/participatie/{ids.Process}";
        var deep = await Measure.FollowNextAsync(http, process, pages: Math.Min(499, ids.Proposals.Length / 20 - 2));
        var cases = new (string Name, string Url)[]
        {
            // Issue 3's baseline, "the same layout rendered with no query": this index page, its model kept in memory (Bench:Probe).
            ("same page without queries", process + "?handler=FromMemory"),
            ("Plein's bare layout", "/privacy"),
            ("index, newest", process),
            ("index, most supported", process + "?volgorde=meest-gesteund"),
            ("index, status open, random", process + "?status=open&volgorde=willekeurig"),
            ("index, theme filter", process + "?thema=groen"),
            ("index, full-text search", process + "?zoek=speeltuin"),
            ("index, deep page (cursor)", deep),
            ("proposal with the most comments, first page", $"/zwolle/voorstellen/{ids.BusyProposal}"),
        };
        var targets = new List<Target>();
        // Load on every page first, twice round: the tiered JIT keeps optimising the shared pipeline for half a minute,
        // and a baseline measured while it still does was a third of its steady rate (3,600 against 10,900 req/s).
        for (var round = 0; round < (Scale.Smoke ? 1 : 2); round++)
            foreach (var (_, url) in cases) await Measure.ThroughputAsync(http, url, concurrency: 4, seconds: Scale.Seconds(2));
        var baseline = await Measure.ThroughputAsync(http, cases[0].Url, concurrency: 4, seconds: Scale.Seconds(4));
        var bareLayout = await Measure.ThroughputAsync(http, cases[1].Url, concurrency: 4, seconds: Scale.Seconds(4));
        foreach (var (name, url) in cases.Skip(2))
        {
            await Measure.ThroughputAsync(http, url, concurrency: 4, seconds: Scale.Seconds(1));
            var (_, p95) = await Measure.LatencyAsync(http, url, warmup: 30, count: Scale.Smoke ? 30 : 300);
            var perSecond = await Measure.ThroughputAsync(http, url, concurrency: 4, seconds: Scale.Seconds(4));
            if (name.StartsWith("proposal", StringComparison.Ordinal))
            {
                targets.Add(new Target(database, "participation", $"{name}: p95", p95, "ms", 30, AtLeast: false));
                continue;
            }
            targets.Add(new Target(database, "participation", $"{name}: p95", p95, "ms", 25, AtLeast: false));
            targets.Add(new Target(database, "participation", $"{name}: throughput", perSecond / baseline, "ratio", 0.5, AtLeast: true,
                $"same page without queries, {baseline:F0} req/s (bare layout {bareLayout:F0} req/s: ratio {perSecond / bareLayout:F2})"));
        }

        // The support POST against a bare endpoint inserting one support (its indexes and counting trigger make that
        // insert cost several times a two-column row's), and the two-column row for scale.
        var support = await Writes.SupportThroughputAsync(app.Address, ids, clients: 4, seconds: Scale.Seconds(4));
        var probe = await Writes.SupportProbeThroughputAsync(app.Address, ids, clients: 4, seconds: Scale.Seconds(4));
        var twoColumns = await Writes.ProbeThroughputAsync(app.Address, ids.Emails, clients: 4, seconds: Scale.Seconds(4));
        targets.Add(new Target(database, "participation", "support POST throughput", support / probe, "ratio", 0.5, AtLeast: true,
            $"bare endpoint inserting one support, {probe:F0} req/s (one two-column row: {twoColumns:F0} req/s, ratio {support / twoColumns:F2})"));

        var exports = await Exports.MeasureAsync(app, ids);
        targets.Add(new Target(database, "participation", "full open-data export: peak memory", exports.Max(e => e.PeakMb), "MB", 300, AtLeast: false,
            $"whole app process, {exports[0].BeforeMb:F0} MB before the first export; {exports.Sum(e => e.Megabytes):F0} MB exported"));
        return targets;
    }
}
