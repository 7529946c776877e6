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
}
