using Plein.Data;
using Plein.Platform.Api;

namespace Plein.Budgeting.Ballots;

/// <summary>
/// The bench's baseline for a ballot POST (ADR 0043): one ballot row through the ballot's own insert, with its unique
/// indexes (voter, receipt), under a voter key no real ballot has, and nothing else.
/// </summary>
internal static class BallotBenchProbe
{
    public static void MapBallotBenchProbe(this WebApplication app) =>
        app.MapBenchInsert("/bench/stem", async (PleinDb db, Guid organisatie, Guid begroting, CancellationToken ct) =>
        {
            var at = DateTimeOffset.UtcNow;
            var ballot = new Ballot
            {
                Id = Guid.CreateVersion7(at), OrganisationId = organisatie, BudgetId = begroting, VoterKey = "b:" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                Receipt = BallotBox.NewReceipt(), Channel = BallotChannel.Online, CreatedAt = at, UpdatedAt = at,
            };
            await BallotBox.InsertAsync(db, ballot, [], ct);
            return Microsoft.AspNetCore.Http.Results.Created();
        });
}
