using Plein.Data;
using Plein.Platform.Api;

namespace Plein.Participation.Proposals;

/// <summary>The bench's baseline for a support POST (ADR 0043): one support row, with its indexes and counting trigger, and nothing else.</summary>
internal static class SupportBenchProbe
{
    public static void MapSupportBenchProbe(this WebApplication app) =>
        app.MapBenchInsert("/bench/steun", async (PleinDb db, Guid organisatie, Guid proces, Guid voorstel, Guid persoon, CancellationToken ct) =>
        {
            await SupportProposal.InsertAsync(db, organisatie, proces, voorstel, persoon, null, DateTimeOffset.UtcNow, ct);
            return Results.Created();
        });
}
