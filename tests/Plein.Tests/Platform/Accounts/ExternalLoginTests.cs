using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Platform.Accounts;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Accounts;

/// <summary>
/// DigiD through a broker, end to end: a beheerder connects a real OpenID Connect provider, a resident logs in through it
/// (code flow, PKCE S256), and Plein keeps only a keyed pseudonym of the BSN and the level of assurance.
/// </summary>
public sealed class ExternalLoginTests : IAsyncLifetime
{
    private PleinApp app = default!;
    private TestOidcProvider broker = default!;
    private Guid zwolle;
    private Guid overijssel;

    public async Task InitializeAsync()
    {
        app = new PleinApp(PleinApp.Sqlite, captureLogs: true);
        (zwolle, overijssel) = app.WithDb(db => (db.Organisations.Single(o => o.Slug == "zwolle").Id, db.Organisations.Single(o => o.Slug == "provincie-overijssel").Id));
        broker = await TestOidcProvider.StartAsync([Callback(zwolle), Callback(overijssel)]);
        await ConnectAsync("zwolle", "beheerder.zwolle@demo.plein.nl");
        await ConnectAsync("provincie-overijssel", "beheerder.overijssel@demo.plein.nl");
    }

    private Uri Callback(Guid organisation) => new(app.BaseAddress, "/signin-oidc/" + organisation.ToString("N"));

    private async Task ConnectAsync(string slug, string admin)
    {
        using var client = app.Client();
        await client.SignInAsync(admin);
        var settings = await client.GetAsync($"/{slug}/beheer/inloggen");
        var saved = await client.SubmitAsync(settings, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "DigiD", ["Input.Authority"] = broker.Authority, ["Input.ClientId"] = TestOidcProvider.ClientId,
            ["Input.ClientSecret"] = TestOidcProvider.ClientSecret, ["Input.Scopes"] = "openid profile", ["Input.BsnClaim"] = "bsn",
            ["Input.AcrLevels"] = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport=basis\nurn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract=midden",
        }, "#instellingen");
        Assert.Contains("De instellingen zijn opgeslagen", saved.Text, StringComparison.Ordinal);
    }

    private async Task<HtmlClient.Page> LogInThroughBrokerAsync(HtmlClient client, string slug)
    {
        var start = await client.GetAsync($"/{slug}/inloggen");
        return await client.SubmitAsync(start, new Dictionary<string, string>());
    }

    [Fact]
    public async Task ResidentLogsInWithDigiDAndOnlyAPseudonymIsKept()
    {
        broker.NextLogin = new("pairwise-anna", "999990019", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract", "Anna Jansen");
        using var client = app.Client();
        var home = await LogInThroughBrokerAsync(client, "zwolle");

        Assert.True("/zwolle" == home.Response.RequestMessage!.RequestUri!.AbsolutePath,
            home.Response.RequestMessage!.RequestUri + "\n" + string.Join("\n", app.Logs!.Lines.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal)).TakeLast(30)));
        Assert.Contains("Anna Jansen", home.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("inwoner", home.Text, StringComparison.Ordinal);
        Assert.All(broker.ChallengeMethods, m => Assert.Equal("S256", m));

        var identity = app.WithDb(db => db.National<ExternalIdentity>().AsNoTracking().Single(e => e.Subject == "pairwise-anna"));
        Assert.Equal("midden", identity.Level);
        Assert.Equal(broker.Authority + "/", identity.Issuer);
        Assert.NotNull(identity.BsnPseudonym);
        Assert.DoesNotContain("999990019", identity.BsnPseudonym, StringComparison.Ordinal);
        Assert.Equal(64, identity.BsnPseudonym!.Length);
        Assert.DoesNotContain(app.Logs!.Lines, l => l.Contains("999990019", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs!.Lines, l => l.Contains(TestOidcProvider.ClientSecret, StringComparison.Ordinal));
        var stored = app.WithDb(db => db.Database.SqlQueryRaw<string>("SELECT \"ProtectedClientSecret\" AS \"Value\" FROM \"LoginProviders\"").ToList());
        Assert.All(stored, s => Assert.DoesNotContain(TestOidcProvider.ClientSecret, s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSamePersonReturnsToTheSameAccountAndHasAnotherPseudonymElsewhere()
    {
        broker.NextLogin = new("pairwise-bram", "999991772", "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport", "Bram de Boer");
        using (var first = app.Client()) await LogInThroughBrokerAsync(first, "zwolle");
        using (var again = app.Client()) await LogInThroughBrokerAsync(again, "zwolle");
        using (var elsewhere = app.Client()) await LogInThroughBrokerAsync(elsewhere, "provincie-overijssel");

        var rows = app.WithDb(db => db.National<ExternalIdentity>().AsNoTracking().Where(e => e.Subject == "pairwise-bram").ToList());
        Assert.Equal(2, rows.Count);
        var inZwolle = rows.Single(r => r.OrganisationId == zwolle);
        var inOverijssel = rows.Single(r => r.OrganisationId == overijssel);
        Assert.Equal("basis", inZwolle.Level);
        Assert.NotEqual(inZwolle.BsnPseudonym, inOverijssel.BsnPseudonym);
        Assert.Equal(1, app.WithDb(db => db.National<Membership>().Count(m => m.UserId == inZwolle.UserId)));
    }

    [Fact]
    public async Task ATicketFromOneOrganisationsBrokerDoesNotSignInAtAnother()
    {
        broker.NextLogin = new("pairwise-dirk", "999993000", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract", "Dirk");
        using var client = app.Client();
        var start = await client.GetAsync("/zwolle/inloggen");
        var toBroker = await client.SubmitAsync(start, new Dictionary<string, string>(), follow: false);
        var toCallback = await client.Http.GetAsync(toBroker.Response.Headers.Location!);
        var callback = await client.Http.GetAsync(toCallback.Headers.Location!);
        Assert.Equal("/zwolle/inloggen/klaar", callback.Headers.Location!.OriginalString);

        var elsewhere = await client.GetAsync("/provincie-overijssel/inloggen/klaar", follow: false);
        Assert.Equal("/provincie-overijssel/inloggen?mislukt=true", elsewhere.Response.Headers.Location!.OriginalString);
        Assert.Equal(0, app.WithDb(db => db.National<ExternalIdentity>().Count(e => e.Subject == "pairwise-dirk")));
    }

    [Fact]
    public async Task ABrokerErrorBringsThePersonBackWithAClearMessage()
    {
        using var client = app.Client();
        var page = await client.GetAsync($"/signin-oidc/{zwolle:N}?error=access_denied&state=onzin", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var shown = await client.GetAsync(page.Response.Headers.Location!.OriginalString);
        Assert.Contains("Inloggen is niet gelukt", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResidentWhoCameThroughDigiDCanDeleteTheirAccountWithoutAPassword()
    {
        broker.NextLogin = new("pairwise-eva", "999994000", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract", "Eva");
        using var client = app.Client();
        await LogInThroughBrokerAsync(client, "zwolle");
        var delete = await client.GetAsync("/account/verwijderen");
        var wrong = await client.SubmitAsync(delete, new Dictionary<string, string> { ["Input.Password"] = "ja" });
        Assert.Contains("verwijderen", wrong.FieldError("Input.Password"), StringComparison.Ordinal);
        var gone = await client.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Password"] = "verwijderen" });
        Assert.Contains("Uw account is verwijderd", gone.Text, StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.National<ExternalIdentity>().Count(e => e.Subject == "pairwise-eva")));
    }

    [Fact]
    public async Task AnUnknownLevelOfAssuranceCountsAsNone()
    {
        broker.NextLogin = new("pairwise-cor", "999992001", "urn:unknown:level", "Cor");
        using var client = app.Client();
        await LogInThroughBrokerAsync(client, "zwolle");
        Assert.Equal("geen", app.WithDb(db => db.National<ExternalIdentity>().AsNoTracking().Single(e => e.Subject == "pairwise-cor").Level));
    }

    [Fact]
    public async Task BadBrokerSettingsAreRefusedInDutch()
    {
        using var client = app.Client();
        await client.SignInAsync("beheerder.zwolle@demo.plein.nl");
        var settings = await client.GetAsync("/zwolle/beheer/inloggen");
        var page = await client.SubmitAsync(settings, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "DigiD", ["Input.Authority"] = "http://makelaar.example.nl", ["Input.ClientId"] = "x",
            ["Input.Scopes"] = "openid", ["Input.BsnClaim"] = "bsn", ["Input.AcrLevels"] = "urn:a=basis\nzonder-niveau",
        }, "#instellingen");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("https-adres", page.FieldError("Input.Authority"), StringComparison.Ordinal);
        Assert.Contains("Regel 2", page.FieldError("Input.AcrLevels"), StringComparison.Ordinal);
        Assert.Equal("http://makelaar.example.nl", page.Value("Input.Authority"));
        Assert.Equal(broker.Authority, app.WithDb(db => db.National<Plein.Platform.Accounts.External.LoginProvider>().Single(p => p.OrganisationId == zwolle).Authority));
    }

    public async Task DisposeAsync()
    {
        await broker.DisposeAsync();
        app.Dispose();
    }
}
