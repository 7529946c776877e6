using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Proposals;

namespace Plein.Platform.Api;

/// <summary>
/// Only when bench/ starts Plein (Bench:Probe=true): bare endpoints, each doing one insert and nothing else (no
/// sign-in, no checks, no reads), through Plein's pipeline and its database connections. The write targets are
/// ratios to these: a support POST to the insert of one support, as the support itself does it.
/// </summary>
internal static class BenchProbe
{
    public static void MapBenchProbe(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Bench:Probe")) return;
        // The cheapest possible write: a row of two columns in a table of its own.
        app.MapPost("/bench/insert", async (PleinDb db, CancellationToken ct) =>
        {
            var id = Guid.NewGuid().ToString();
            var at = DateTimeOffset.UtcNow.UtcTicks;
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"BenchInserts\" (\"Id\", \"At\") VALUES ({id}, {at})", ct);
            return Results.Created();
        }).ExcludeFromDescription();
        // One support row, with its indexes and its counting trigger.
        app.MapPost("/bench/steun", async (PleinDb db, Guid organisatie, Guid proces, Guid voorstel, Guid persoon, CancellationToken ct) =>
        {
            await SupportProposal.InsertAsync(db, organisatie, proces, voorstel, persoon, null, DateTimeOffset.UtcNow, ct);
            return Results.Created();
        }).ExcludeFromDescription();
    }
}
