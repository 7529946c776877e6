using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Tests.Support;

namespace Plein.Tests.Data;

[Collection(AppCollection.Name)]
public sealed class MigrationTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public void TheMigrationsMatchTheModel(string provider)
    {
        using var scope = apps[provider].Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        Assert.False(db.Database.HasPendingModelChanges(), "Run ./migrations.sh <Name> to add a migration for both providers.");
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Theory, MemberData(nameof(Providers))]
    public void TheRegisterIsSeededOnceAndDataProtectionKeysLiveInTheDatabase(string provider)
    {
        using var scope = apps[provider].Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        Assert.Equal(379, db.Organisations.Count(o => o.CreatedAt == db.Organisations.Min(x => x.CreatedAt)));
        Assert.NotEmpty(db.DataProtectionKeys.ToList());
    }

    /// <summary>A migration that rebuilds "Proposals" on SQLite drops its triggers; the last migration must leave them in place.</summary>
    [Fact]
    public void TheSqliteSearchTriggersSurviveEveryMigration()
    {
        using var scope = apps[PleinApp.Sqlite].Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var triggers = db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Proposals'").ToList();
        Assert.Equal(["Proposals_search_delete", "Proposals_search_insert", "Proposals_search_update"], triggers.Order());
    }

    /// <summary>
    /// A database made before the squash (ADR 0026) has the old migrations in its history: with the last of them it is
    /// taken over by the baseline; stuck halfway it is refused with what to do. Played out on a copy of the history table.
    /// </summary>
    [Fact]
    public async Task ADatabaseFromBeforeTheBaselineIsTakenOver()
    {
        var file = Path.Combine(Path.GetTempPath(), $"plein-baseline-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={file};Pooling=false").Options;
            await using (var db = new SqlitePleinDb(options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{MigrationBaseline.Id}'");
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261128215900_Baseline', '10.0.0'), ('20261129080137_OneWijkPerVoter', '10.0.0')");
                await MigrationBaseline.AdoptAsync(db, CancellationToken.None);
                Assert.Equal([MigrationBaseline.Id], (await db.Database.GetAppliedMigrationsAsync()).Where(m => string.CompareOrdinal(m, MigrationBaseline.Id) <= 0));
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());

                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{MigrationBaseline.Id}'");
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261128215900_Baseline', '10.0.0')");
                var halfway = await Assert.ThrowsAsync<InvalidOperationException>(() => MigrationBaseline.AdoptAsync(db, CancellationToken.None));
                Assert.Contains("oude ontwikkelversie", halfway.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
