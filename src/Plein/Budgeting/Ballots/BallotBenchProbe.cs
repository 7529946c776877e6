using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Api;

namespace Plein.Budgeting.Ballots;

/// <summary>
/// The bench's baseline for a ballot POST (ADR 0043): one ballot row, with its unique indexes (voter, receipt), under
/// a voter key no real ballot has, and nothing else.
/// </summary>
internal static class BallotBenchProbe
{
    public static void MapBallotBenchProbe(this WebApplication app) =>
        app.MapBenchInsert("/bench/stem", async (PleinDb db, Guid organisatie, Guid begroting, CancellationToken ct) =>
        {
            var (id, voter, receipt, at) = (Guid.NewGuid(), "b:" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), BallotBox.NewReceipt(), DateTimeOffset.UtcNow);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Ballots" ("Id", "OrganisationId", "BudgetId", "VoterKey", "WijkRound", "Receipt", "Channel", "EnteredBy", "ConfirmedBy", "CreatedAt", "UpdatedAt")
                VALUES ({id}, {organisatie}, {begroting}, {voter}, NULL, {receipt}, 'Online', NULL, NULL, {at}, {at})
                """, ct);
            return Microsoft.AspNetCore.Http.Results.Created();
        });
}
