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
}
