using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Jobs;

namespace Plein.Participation.Proposals;

/// <summary>
/// SQLite's search index (FTS5) writes each change as a small segment of its own and merges four of a size into a
/// bigger one, so a large index is some 15 segments, and a search reads each of them. At 100,000 proposals the first
/// page of a common word cost three times what it costs in one segment (0.094 against 0.033 ms). Every minute, an
/// index of more than <see cref="MostSegments"/> is merged into one, <see cref="PagesPerStep"/> pages a step, each
/// step a short turn among the writes (ADR 0046). PostgreSQL's GIN index needs none of this.
/// </summary>
internal sealed class SearchIndexUpkeep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchIndexUpkeep> log)
    : PeriodicService(clock, log, TimeSpan.FromMinutes(1), "Merging the search index")
{
    public const int MostSegments = 4;
    public const int PagesPerStep = 200;

    /// <summary>At most this many steps a round (800 MB of index); the next round goes on where it stopped.</summary>
    private const int MostSteps = 1_000;

    protected override TimeSpan FirstRunDelay => TimeSpan.FromSeconds(5);

    /// <summary>Merges the index into one segment when it has more than <see cref="MostSegments"/>; returns the steps taken.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        if (!db.Database.IsSqlite() || await SegmentsAsync(db, ct) <= MostSegments) return 0;
        var writes = scope.ServiceProvider.GetRequiredService<SqliteWriteQueue>();
        // One connection throughout: total_changes() counts what this connection wrote.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var steps = 0;
            // The first step is negative: every segment takes part, however small, as in 'optimize' but a bit at a time.
            // FTS5's own test for a step that merged something: total_changes() grew by 2 or more. A segment that a
            // proposal adds meanwhile stays out of the merge, so the rounds stop when there is nothing left to merge.
            for (var pages = -PagesPerStep; steps < MostSteps; pages = PagesPerStep)
            {
                var before = await TotalChangesAsync(db, ct);
                await writes.RunAsync(db, () => db.Database.ExecuteSqlAsync($"""INSERT INTO "ProposalSearch"("ProposalSearch", rank) VALUES ('merge', {pages})""", ct), ct);
                steps++;
                if (await TotalChangesAsync(db, ct) - before < 2) break;
            }
            return steps;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Task<long> TotalChangesAsync(PleinDb db, CancellationToken ct) =>
        db.Database.SqlQuery<long>($"""SELECT total_changes() AS "Value" """).SingleAsync(ct);

    /// <summary>Every segment has at least one entry in the index of its pages.</summary>
    public static Task<int> SegmentsAsync(PleinDb db, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"""SELECT count(DISTINCT segid) AS "Value" FROM "ProposalSearch_idx" """).SingleAsync(ct);
}
