using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Api;

/// <summary>
/// Only when bench/ starts Plein (Bench:Probe=true): bare endpoints, each doing one insert and nothing else (no
/// sign-in, no checks, no reads), through Plein's pipeline and its database connections. The write targets are
/// ratios to the module's own (ADR 0043): a support POST to one support's insert, a ballot POST to one ballot row's.
/// </summary>
internal static class BenchProbe
{
    /// <summary>Maps a bare insert at this address, only when the bench starts Plein; it answers 201 Created.</summary>
    public static void MapBenchInsert(this WebApplication app, string path, Delegate insert)
    {
        if (app.Configuration.GetValue<bool>("Bench:Probe")) app.MapPost(path, insert).ExcludeFromDescription();
    }

    // The cheapest possible write, for scale: a row of two columns in a table of its own.
    public static void MapBenchProbe(this WebApplication app) =>
        app.MapBenchInsert("/bench/insert", async (PleinDb db, CancellationToken ct) =>
        {
            var id = Guid.NewGuid().ToString();
            var at = DateTimeOffset.UtcNow.UtcTicks;
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"BenchInserts\" (\"Id\", \"At\") VALUES ({id}, {at})", ct);
            return Results.Created();
        });
}
