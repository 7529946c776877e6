using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Security;

/// <summary>Outside Development and Testing Plein refuses unsafe defaults, and behind a proxy it tells clients apart.</summary>
public sealed class ProductionSettingsTests
{
    private static readonly string Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void ProductionRefusesToStartWithoutAPublicUrlAndAPseudonymKey()
    {
        var e = Assert.ThrowsAny<Exception>(() => new PleinApp(PleinApp.Sqlite, environment: "Production"));
        Assert.Contains("Plein:PublicUrl", e.ToString(), StringComparison.Ordinal);
        var e2 = Assert.ThrowsAny<Exception>(() => new PleinApp(PleinApp.Sqlite, new Dictionary<string, string?> { ["Plein:PublicUrl"] = "https://plein.example.nl" }, environment: "Production"));
        Assert.Contains("Plein:PseudonymKey", e2.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProductionMailLinksUseThePublicUrlWhateverHostIsSentAndNoDemoUsersExist()
    {
        using var app = new PleinApp(PleinApp.Sqlite, new Dictionary<string, string?>
        {
            ["Plein:PublicUrl"] = "https://plein.example.nl", ["Plein:PseudonymKey"] = Key,
        }, environment: "Production");
        Assert.Equal(0, app.WithDb(db => db.Users.Count()));
        Assert.Equal(379, app.WithDb(db => db.Organisations.Count()));
        using var client = app.Client();
        client.Http.DefaultRequestHeaders.Host = "evil.example";
        var form = await client.GetAsync("/account/registreren");
        var email = $"prod-{Guid.NewGuid():N}@voorbeeld.nl";
        await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "P", ["Input.Email"] = email, ["Input.Password"] = "een lange zin als wachtwoord", ["Input.ConfirmPassword"] = "een lange zin als wachtwoord",
        });
        var mail = await app.Smtp.WaitForMailToAsync(email);
        Assert.Contains("https://plein.example.nl/account/bevestigen?", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindTheProxyEachClientHasItsOwnRateLimit()
    {
        using var app = new PleinApp(PleinApp.Sqlite, new Dictionary<string, string?> { ["RateLimits:AccountPostsPerMinute"] = "2" });
        async Task<HttpStatusCode> LoginFrom(string ip)
        {
            using var client = app.Client();
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
            var login = await client.GetAsync("/account/inloggen");
            return (await client.SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = "x@voorbeeld.nl", ["Input.Password"] = "fout" }, follow: false)).Status;
        }
        Assert.Equal(HttpStatusCode.OK, await LoginFrom("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await LoginFrom("203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginFrom("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await LoginFrom("203.0.113.2"));
    }

    [Fact]
    public void TheSeedCommandRefusesDemoUsersInProduction()
    {
        using var app = new PleinApp(PleinApp.Sqlite, new Dictionary<string, string?>
        {
            ["Plein:PublicUrl"] = "https://plein.example.nl", ["Plein:PseudonymKey"] = Key, ["Plein:SeedDemoData"] = "true",
        }, environment: "Production");
        Assert.Equal(0, app.WithDb(db => db.Users.AsNoTracking().Count()));
    }
}
