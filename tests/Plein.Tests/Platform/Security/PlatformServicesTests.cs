using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Mail;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Security;

[Collection(AppCollection.Name)]
public sealed class PlatformServicesTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/inloggen")]
    [InlineData("/api/v1/organisaties")]
    [InlineData("/bestaat/niet/echt")]
    public async Task EveryResponseCarriesAStrictContentSecurityPolicy(string url)
    {
        using var client = apps[PleinApp.Sqlite].Client();
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task PagesHaveNoInlineScriptOrStyle()
    {
        using var client = apps[PleinApp.Sqlite].Client();
        foreach (var url in new[] { "/", "/organisaties", "/zwolle", "/account/registreren", "/toegankelijkheid" })
        {
            var page = await client.GetAsync(url);
            Assert.Empty(page.Document.QuerySelectorAll("script:not([src]), style, [style]"));
            Assert.DoesNotContain(page.Document.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task TheLanguageSwitchShowsEnglishAndBackToDutch()
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var page = await client.GetAsync("/account/registreren");
        var english = await client.SubmitAsync(page, new Dictionary<string, string> { ["taal"] = "en" }, "header form[action='/taal']");
        Assert.Equal("/account/registreren", english.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Create account", english.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Email address", english.Document.QuerySelector("label[for=Input_Email]")!.TextContent.Trim());
        var dutch = await client.SubmitAsync(english, new Dictionary<string, string> { ["taal"] = "nl" }, "header form[action='/taal']");
        Assert.Equal("Account maken", dutch.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheLanguageSwitchOnlyReturnsToPagesOfPlein()
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var page = await client.GetAsync("/");
        var answer = await client.SubmitAsync(page, new Dictionary<string, string> { ["taal"] = "en", ["terug"] = "//evil.example.com/" }, "header form[action='/taal']", follow: false);
        Assert.Equal("/", answer.Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AFormPostWithoutAntiforgeryTokenIsRefused()
    {
        var app = apps[PleinApp.Sqlite];
        using var client = app.Client();
        var before = app.WithDb(db => db.Users.Count());
        var page = await client.PostAsync("/account/registreren", [new("Input.DisplayName", "X"), new("Input.Email", "x@voorbeeld.nl"), new("Input.Password", "een lang wachtwoord"), new("Input.ConfirmPassword", "een lang wachtwoord")], follow: false);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("De aanvraag klopt niet", page.Text, StringComparison.Ordinal);
        Assert.Equal(before, app.WithDb(db => db.Users.Count()));
        var language = await client.PostAsync("/taal", [new("taal", "en"), new("terug", "/")], follow: false);
        Assert.Equal(HttpStatusCode.BadRequest, language.Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task HealthAndMetricsAnswer(string provider)
    {
        using var client = apps[provider].Client();
        using var live = await client.Http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        using var metrics = await client.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("http_server_request_duration", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public void TheAuditLogCannotBeChangedOrDeleted(string provider)
    {
        using var scope = apps[provider].Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var organisation = db.Organisations.First(o => o.Slug == "zwolle").Id;
        db.AuditEntries.Add(AuditEntry.Create(organisation, DateTimeOffset.UtcNow, null, "test.vastgelegd", "onderwerp", null));
        db.SaveChanges();
        var entry = db.National<AuditEntry>().First(a => a.Action == "test.vastgelegd");
        db.Remove(entry);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.Entry(entry).State = EntityState.Modified;
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        Assert.ThrowsAny<System.Data.Common.DbException>(() => db.National<AuditEntry>().Where(a => a.Id == entry.Id).ExecuteDelete());
        Assert.ThrowsAny<System.Data.Common.DbException>(() => db.National<AuditEntry>().Where(a => a.Id == entry.Id).ExecuteUpdate(s => s.SetProperty(a => a.Subject, "vervalst")));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRaw("DELETE FROM \"AuditEntries\""));
        Assert.Equal("onderwerp", db.National<AuditEntry>().AsNoTracking().Single(a => a.Id == entry.Id).Subject);
    }

    [Fact]
    public async Task MailThatCannotBeDeliveredIsRetriedLaterWithoutLoss()
    {
        var port = TestSmtpServer.FreePort();
        using var app = new PleinApp(PleinApp.Sqlite, new Dictionary<string, string?> { ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Mail:PollInterval"] = "01:00:00" });
        Guid id;
        using (var scope = app.Services.CreateScope())
        {
            var mailer = scope.ServiceProvider.GetRequiredService<Mailer>();
            mailer.Enqueue("iemand@voorbeeld.nl", "Onderwerp", "Tekst");
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            await db.SaveChangesAsync();
            id = db.Outbox.Single(m => m.To == "iemand@voorbeeld.nl").Id;
        }
        var sender = app.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        // Enqueuing also woke the background loop, which may have claimed the mail first: wait until that round let go.
        var failed = app.WithDb(db => db.Outbox.AsNoTracking().Single(m => m.Id == id));
        for (var wait = 0; wait < 50 && (failed.Attempts == 0 || failed.LockedUntil is not null); wait++)
        {
            await Task.Delay(100);
            failed = app.WithDb(db => db.Outbox.AsNoTracking().Single(m => m.Id == id));
        }
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.LockedUntil); // released, so the retry comes at NextAttemptAt and not when the claim expires
        Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow.AddSeconds(20));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(1, app.WithDb(db => db.Outbox.AsNoTracking().Single(m => m.Id == id)).Attempts);
    }

    [Fact]
    public async Task LoginAttemptsAreRateLimitedPerClient()
    {
        using var app = new PleinApp(PleinApp.Sqlite, new Dictionary<string, string?> { ["RateLimits:AccountPostsPerMinute"] = "3" });
        using var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var login = await client.GetAsync("/account/inloggen");
            var answer = await client.SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = "x@voorbeeld.nl", ["Input.Password"] = "fout" }, follow: false);
            statuses.Add(answer.Status);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var refused = await client.GetAsync("/account/inloggen");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
    }
}
