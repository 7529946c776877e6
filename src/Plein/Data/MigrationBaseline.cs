using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plein.Data;

/// <summary>
/// The migrations were squashed into one baseline (ADR 0026; the first 33 on 2026-11-28, the next 12 on 2026-11-29), so
/// a fresh database is made in one step. A database made before that has their rows in its history: when it has the
/// last of them its schema is the baseline's, and those rows are swapped for the baseline's row. A database left
/// halfway is refused with what to do.
/// </summary>
internal static class MigrationBaseline
{
    public const string Id = "20261129140000_Baseline";

    /// <summary>The last squashed migration, per provider.</summary>
    private static readonly string[] LastSquashed = ["20261129080137_OneWijkPerVoter", "20261129080212_OneWijkPerVoter"];

    public static async Task AdoptAsync(PleinDb db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct)) return;
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToList();
        var squashed = applied.Where(a => string.CompareOrdinal(a, Id) < 0).ToList();
        if (squashed.Count == 0) return;
        if (!squashed.Any(LastSquashed.Contains))
            throw new InvalidOperationException("Deze database komt van een oude ontwikkelversie van Plein en kan niet worden bijgewerkt. Verwijder haar (data/plein.db, of maak een nieuwe PostgreSQL-database) en start Plein opnieuw.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var id in squashed) await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(Id, ProductInfo.GetVersion())), ct);
        await transaction.CommitAsync(ct);
    }
}
