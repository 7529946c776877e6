using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plein.Data;
using Plein.Participation.Comments;
using Plein.Platform.Privacy;
using Plein.Platform.Verification.Census;
using Plein.Platform.Verification.VotingCodes;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Privacy;

/// <summary>A clock the test moves.</summary>
internal sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

public sealed class RetentionPurgeTests(PrivacyApps apps) : IClassFixture<PrivacyApps>
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task TheDailyPurgeAppliesEachOrganisationsTermsOnceADayOnOneNodeAndLogsItsCounts(string provider)
    {
        var app = apps[provider];
        var (zwolle, eemsdelta) = app.WithDb(db => (db.Organisations.Single(o => o.Slug == "zwolle").Id, db.Organisations.Single(o => o.Slug == "eemsdelta").Id));
        Guid UserOf(string role, string org) => app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email(role, org)).Id);
        var user = UserOf("inwoner", "zwolle");
        var (moderator, collegelid, eemsdelter) = (UserOf("moderator", "zwolle"), UserOf("collegelid", "zwolle"), UserOf("moderator", "eemsdelta"));
        var start = new DateTimeOffset(2031, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var tag = Guid.NewGuid();
        // Zwolle keeps confirmed addresses 3 months, Eemsdelta the default 24: both get one from 4 months before the run.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            db.Add(new RetentionSetting { OrganisationId = zwolle, Key = global::Plein.Platform.Verification.AddressVerificationRetention.RuleKey, Months = 3 });
            foreach (var (org, who) in new[] { (zwolle, moderator), (eemsdelta, eemsdelter) })
                db.Add(new AddressVerification { Id = Guid.NewGuid(), OrganisationId = org, UserId = who, Postcode = "9999ZZ", HouseNumber = 1, VerifiedAt = start.AddMonths(-4) });
            db.Add(new AddressVerification { Id = Guid.NewGuid(), OrganisationId = zwolle, UserId = collegelid, Postcode = "9999ZZ", HouseNumber = 2, VerifiedAt = start.AddMonths(-1) });
            // A report of a comment from 7 months ago (default term 6) and a voting code used 7 months ago (default 6).
            var comment = await db.Set<Comment>().IgnoreQueryFilters().Where(c => c.OrganisationId == zwolle).Select(c => c.Id).FirstAsync();
            db.Add(new CommentReport { Id = tag, OrganisationId = zwolle, CommentId = comment, UserId = user, Reason = "oud", CreatedAt = start.AddMonths(-7) });
            var batch = new VotingCodeBatch { Id = Guid.NewGuid(), OrganisationId = zwolle, ScopeId = Guid.NewGuid(), Name = "oud", Count = 1, CreatedAt = start.AddMonths(-8) };
            db.AddRange(batch, new VotingCode { Id = Guid.NewGuid(), OrganisationId = zwolle, BatchId = batch.Id, ScopeId = batch.ScopeId, Hash = tag.ToString("N"), RedeemedBy = user, RedeemedAt = start.AddMonths(-7) });
            await db.SaveChangesAsync();
        }

        var clock = new ShiftedClock(start);
        var node1 = new RetentionPurge(app.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<RetentionPurge>.Instance);
        var node2 = new RetentionPurge(app.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<RetentionPurge>.Instance);
        var runs = await Task.WhenAll(node1.RunAsync(CancellationToken.None), node2.RunAsync(CancellationToken.None));
        Assert.Single(runs, r => r > 0);
        Assert.Single(runs, r => r == 0);

        app.WithDb(db =>
        {
            var left = db.Set<AddressVerification>().IgnoreQueryFilters().Where(v => v.Postcode == "9999ZZ").ToList();
            Assert.DoesNotContain(left, v => v.OrganisationId == zwolle && v.HouseNumber == 1);
            Assert.Contains(left, v => v.OrganisationId == zwolle && v.HouseNumber == 2);
            Assert.Contains(left, v => v.OrganisationId == eemsdelta);
            Assert.False(db.Set<CommentReport>().IgnoreQueryFilters().Any(r => r.Id == tag));
            Assert.Null(db.Set<VotingCode>().IgnoreQueryFilters().Single(c => c.Hash == tag.ToString("N")).RedeemedBy);
            var entry = db.AuditEntries.IgnoreQueryFilters().Single(a => a.OrganisationId == zwolle && a.Action == RetentionPurge.AuditAction);
            Assert.Contains("adresbevestigingen: 1", entry.Subject, StringComparison.Ordinal);
            Assert.Contains("meldingen-reacties: 1", entry.Subject, StringComparison.Ordinal);
            Assert.Contains("stemcodes: 1", entry.Subject, StringComparison.Ordinal);
            Assert.Equal(runs.Sum(), db.Set<RetentionRun>().Single(r => r.Day == new DateOnly(2031, 3, 1)).Purged);
            return 0;
        });

        // Later the same day: nothing happens. The next day the purge runs again, finds nothing new and logs nothing.
        clock.Now = start.AddHours(5);
        Assert.Equal(0, await node1.RunAsync(CancellationToken.None));
        clock.Now = start.AddDays(1);
        Assert.Equal(0, await node2.RunAsync(CancellationToken.None));
        Assert.Equal(1, app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Count(a => a.OrganisationId == zwolle && a.Action == RetentionPurge.AuditAction)));
        Assert.Equal(2, app.WithDb(db => db.Set<RetentionRun>().Count(r => r.Day >= new DateOnly(2031, 3, 1))));

        // Eemsdelta's address passes its default 24 months twenty months on.
        clock.Now = start.AddMonths(21);
        Assert.True(await node1.RunAsync(CancellationToken.None) >= 1);
        Assert.False(app.WithDb(db => db.Set<AddressVerification>().IgnoreQueryFilters().Any(v => v.Postcode == "9999ZZ" && v.OrganisationId == eemsdelta)));
    }
}
