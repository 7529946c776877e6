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
    public static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>("Bench:Probe");

    public static void MapBenchProbe(this WebApplication app)
    {
        if (!IsOn(app.Configuration)) return;
        // The cheapest possible write, for scale: a row of two columns in a table of its own.
        app.MapPost("/bench/insert", async (PleinDb db, CancellationToken ct) =>
        {
            var id = Guid.NewGuid().ToString();
            var at = DateTimeOffset.UtcNow.UtcTicks;
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"BenchInserts\" (\"Id\", \"At\") VALUES ({id}, {at})", ct);
            return Results.Created();
        }).ExcludeFromDescription();
    }
}
