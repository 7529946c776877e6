using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Api;

/// <summary>
/// Only when bench/ starts Plein (Bench:Probe=true): a POST doing one insert, through Plein's whole pipeline and
/// its database connections. The support and ballot throughput targets are ratios to this cheapest possible write.
/// </summary>
internal static class BenchProbe
{
    public static void MapBenchProbe(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Bench:Probe")) return;
        app.MapPost("/bench/insert", async (PleinDb db, CancellationToken ct) =>
        {
            var id = Guid.NewGuid().ToString();
            var at = DateTimeOffset.UtcNow.UtcTicks;
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"BenchInserts\" (\"Id\", \"At\") VALUES ({id}, {at})", ct);
            return Results.Created();
        }).ExcludeFromDescription();
    }
}
