using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.Tests.Platform.Privacy;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Tenancy;

/// <summary>ADR 0040: the organisation row is remembered for ten seconds, and forgotten at once when this node saves a change.</summary>
[Collection(AppCollection.Name)]
public sealed class OrganisationCacheTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private const string Slug = "provincie-drenthe";

    [Theory, MemberData(nameof(Providers))]
    public async Task AChangeOutsidePleinIsSeenAfterTenSecondsAndNotBefore(string provider)
    {
        using var scope = apps[provider].Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var clock = new ShiftedClock(DateTimeOffset.UtcNow);
        var cache = new OrganisationCache(new NodeCache(clock));
        var before = (await cache.FindAsync(db, Slug, default))!.Inhabitants;
        try
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Organisations\" SET \"Inhabitants\" = 123456 WHERE \"Slug\" = {Slug}");
            clock.Now += TimeSpan.FromSeconds(9);
            Assert.Equal(before, (await cache.FindAsync(db, Slug, default))!.Inhabitants);
            clock.Now += TimeSpan.FromSeconds(2);
            Assert.Equal(123456, (await cache.FindAsync(db, Slug, default))!.Inhabitants);
            Assert.Null(await cache.FindAsync(db, "bestaat-niet", default));
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Organisations\" SET \"Inhabitants\" = {before} WHERE \"Slug\" = {Slug}");
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AChangeSavedOnThisNodeIsSeenAtOnce(string provider)
    {
        var services = apps[provider].Services;
        var cache = services.GetRequiredService<OrganisationCache>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var before = (await cache.FindAsync(db, Slug, default))!.Inhabitants;
        var tracked = await db.Organisations.SingleAsync(o => o.Slug == Slug);
        try
        {
            tracked.RecordInhabitants(654321);
            await db.SaveChangesAsync();
            Assert.Equal(654321, (await cache.FindAsync(db, Slug, default))!.Inhabitants);
        }
        finally
        {
            tracked.RecordInhabitants(before);
            await db.SaveChangesAsync();
        }
        Assert.Equal(before, (await cache.FindAsync(db, Slug, default))!.Inhabitants);
    }
}
