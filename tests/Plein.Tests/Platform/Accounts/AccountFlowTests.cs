using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Accounts;

[Collection(AppCollection.Name)]
public sealed partial class AccountFlowTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    private static string NewEmail() => $"inwoner-{Guid.NewGuid():N}@voorbeeld.nl";

    [Theory, MemberData(nameof(Providers))]
    public async Task ResidentRegistersConfirmsByMailAndLogsIn(string provider)
    {
        var app = apps[provider];
        using var client = app.Client();
        var email = NewEmail();
        var form = await client.GetAsync("/account/registreren");
        var sent = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Anna de Vries", ["Input.Email"] = email,
            ["Input.Password"] = "een lange zin als wachtwoord", ["Input.ConfirmPassword"] = "een lange zin als wachtwoord",
        });
        Assert.Contains("We hebben u een e-mail gestuurd", sent.Text, StringComparison.Ordinal);

        var tooEarly = await client.SignInAsync(email, "een lange zin als wachtwoord");
        Assert.Contains("Bevestig eerst uw e-mailadres", tooEarly.FieldError("Input.Password"), StringComparison.Ordinal);

        var mail = await app.Smtp.WaitForMailToAsync(email);
        Assert.Equal("Bevestig uw account op Plein", mail.Subject);
        var link = new Uri(Link().Match(mail.TextBody!).Value);
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Contains("Uw e-mailadres is bevestigd", confirmed.Text, StringComparison.Ordinal);

        var account = await client.SignInAsync(email, "een lange zin als wachtwoord");
        Assert.Equal("/account", account.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Anna de Vries", account.Value("Input.DisplayName"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ForgottenPasswordIsResetThroughAMailedLink(string provider)
    {
        var app = apps[provider];
        using var client = app.Client();
        var email = await RegisteredAsync(app, client);
        var forgot = await client.GetAsync("/account/wachtwoord-vergeten");
        await client.SubmitAsync(forgot, new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await app.Smtp.WaitForMailToAsync(email, skip: 1);
        Assert.Equal("Nieuw wachtwoord voor Plein", mail.Subject);
        var reset = await client.GetAsync(new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery);
        var done = await client.SubmitAsync(reset, new Dictionary<string, string>
        {
            ["Input.Password"] = "een nieuw en lang wachtwoord", ["Input.ConfirmPassword"] = "een nieuw en lang wachtwoord",
        });
        Assert.Contains("Uw wachtwoord is gewijzigd", done.Text, StringComparison.Ordinal);
        var account = await client.SignInAsync(email, "een nieuw en lang wachtwoord");
        Assert.Equal("/account", account.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        var app = apps[PleinApp.Sqlite];
        using var client = app.Client();
        var email = await RegisteredAsync(app, client);
        for (var i = 0; i < 5; i++) await client.SignInAsync(email, "fout wachtwoord " + i);
        var locked = await client.SignInAsync(email, "een lange zin als wachtwoord");
        Assert.Contains("geblokkeerd", locked.FieldError("Input.Password"), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AdminLogsInWithASecondFactor(string provider)
    {
        using var client = apps[provider].Client();
        var login = await client.GetAsync("/account/inloggen");
        var second = await client.SubmitAsync(login, new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Email("beheerder", "zwolle"), ["Input.Password"] = Demo.Password,
        });
        Assert.Equal("/account/inloggen/tweede-stap", second.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var wrong = await client.SubmitAsync(second, new Dictionary<string, string> { ["Input.Code"] = "000000" == Demo.Code() ? "111111" : "000000" });
        Assert.Contains("klopt niet", wrong.FieldError("Input.Code"), StringComparison.Ordinal);
        var account = await client.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Code"] = Demo.Code() });
        Assert.Equal("/account", account.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task AnAdminRoleWithoutSecondFactorIsSentToSetItUp()
    {
        var app = apps[PleinApp.Sqlite];
        using var owner = app.Client();
        var email = await RegisteredAsync(app, owner);
        using (var admin = app.Client())
        {
            await admin.SignInAsync(Demo.Email("beheerder", "zwolle"));
            var members = await admin.GetAsync("/zwolle/beheer/leden");
            await admin.SubmitAsync(members, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = "beheerder" }, "#rol-toekennen");
        }
        await owner.SignInAsync(email, "een lange zin als wachtwoord");
        var redirected = await owner.GetAsync("/zwolle/beheer/leden");
        Assert.Equal("/account/tweestapsverificatie", redirected.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var key = redirected.Document.QuerySelector(".plein-code")!.TextContent;
        var enabled = await owner.SubmitAsync(redirected, new Dictionary<string, string> { ["Input.Code"] = Demo.Code(key) });
        Assert.Contains("Tweestapsverificatie staat aan", enabled.Text, StringComparison.Ordinal);
        var members2 = await owner.GetAsync("/zwolle/beheer/leden");
        Assert.Equal(HttpStatusCode.OK, members2.Status);
        Assert.Contains(email, members2.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionOpenedWithoutTheSecondFactorGetsNoAdminRightsEvenAfterItIsTurnedOn()
    {
        var app = apps[PleinApp.Sqlite];
        using var oldSession = app.Client();
        var email = await RegisteredAsync(app, oldSession);
        await oldSession.SignInAsync(email, "een lange zin als wachtwoord");
        using (var admin = app.Client())
        {
            await admin.SignInAsync(Demo.Email("beheerder", "zwolle"));
            var members = await admin.GetAsync("/zwolle/beheer/leden");
            await admin.SubmitAsync(members, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = "beheerder" }, "#rol-toekennen");
        }
        using (var newSession = app.Client())
        {
            await newSession.SignInAsync(email, "een lange zin als wachtwoord");
            var setup = await newSession.GetAsync("/account/tweestapsverificatie");
            var key = setup.Document.QuerySelector(".plein-code")!.TextContent;
            await newSession.SubmitAsync(setup, new Dictionary<string, string> { ["Input.Code"] = Demo.Code(key) });
            Assert.Equal(HttpStatusCode.OK, (await newSession.GetAsync("/zwolle/beheer/leden", follow: false)).Status);
        }
        var old = await oldSession.GetAsync("/zwolle/beheer/leden", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, old.Status);
        Assert.StartsWith("/account/tweestapsverificatie", old.Response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PersonDownloadsTheirDataAndDeletesTheirAccount(string provider)
    {
        var app = apps[provider];
        using var client = app.Client();
        var email = await RegisteredAsync(app, client);
        await client.SignInAsync(email, "een lange zin als wachtwoord");

        var download = await client.GetAsync("/account/mijn-gegevens");
        var token = download.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.Http.PostAsync(new Uri("/account/mijn-gegevens", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(email, export.GetProperty("account").GetProperty("email").GetString());

        var delete = await client.GetAsync("/account/verwijderen");
        var wrong = await client.SubmitAsync(delete, new Dictionary<string, string> { ["Input.Password"] = "niet mijn wachtwoord" });
        Assert.Contains("klopt niet", wrong.FieldError("Input.Password"), StringComparison.Ordinal);
        var gone = await client.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Password"] = "een lange zin als wachtwoord" });
        Assert.True(gone.Text.Contains("Uw account is verwijderd", StringComparison.Ordinal), gone.Html);

        var row = app.WithDb(db => db.Users.AsNoTracking().Single(u => u.Id == Guid.Parse(export.GetProperty("account").GetProperty("id").GetString()!)));
        Assert.Equal(0, app.WithDb(db => db.Outbox.Count(m => m.To == email)));
        Assert.Equal(0, app.WithDb(db => db.UserTokens.Count(t => t.UserId == row.Id)));
        Assert.Null(row.Email);
        Assert.Null(row.PasswordHash);
        Assert.Equal("verwijderde gebruiker", row.DisplayName);
        var again = await client.SignInAsync(email, "een lange zin als wachtwoord");
        Assert.Contains("klopt niet", again.FieldError("Input.Password"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnconfirmedAddressCanStillBeReclaimedByItsOwnerThroughAReset()
    {
        var app = apps[PleinApp.Sqlite];
        using var squatter = app.Client();
        var email = NewEmail();
        var form = await squatter.GetAsync("/account/registreren");
        await squatter.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Kaper", ["Input.Email"] = email, ["Input.Password"] = "wachtwoord van de kaper", ["Input.ConfirmPassword"] = "wachtwoord van de kaper",
        });
        await app.Smtp.WaitForMailToAsync(email);
        using var owner = app.Client();
        var forgot = await owner.GetAsync("/account/wachtwoord-vergeten");
        await owner.SubmitAsync(forgot, new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await app.Smtp.WaitForMailToAsync(email, skip: 1);
        var reset = await owner.GetAsync(new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery);
        await owner.SubmitAsync(reset, new Dictionary<string, string> { ["Input.Password"] = "het echte wachtwoord", ["Input.ConfirmPassword"] = "het echte wachtwoord" });
        var account = await owner.SignInAsync(email, "het echte wachtwoord");
        Assert.Equal("/account", account.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task TheLoginFormDoesNotRevealWhetherAnUnconfirmedAccountExists()
    {
        var app = apps[PleinApp.Sqlite];
        using var client = app.Client();
        var email = NewEmail();
        var form = await client.GetAsync("/account/registreren");
        await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nog niet bevestigd", ["Input.Email"] = email, ["Input.Password"] = "een lange zin als wachtwoord", ["Input.ConfirmPassword"] = "een lange zin als wachtwoord",
        });
        var wrongPassword = await client.SignInAsync(email, "raden maar");
        var nobody = await client.SignInAsync(NewEmail(), "raden maar");
        Assert.Equal(nobody.FieldError("Input.Password"), wrongPassword.FieldError("Input.Password"));
        var rightPassword = await client.SignInAsync(email, "een lange zin als wachtwoord");
        Assert.Contains("Bevestig eerst", rightPassword.FieldError("Input.Password"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example")]
    public async Task AReturnAddressOutsidePleinIsIgnored(string returnUrl)
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var login = await client.GetAsync("/account/inloggen?returnUrl=" + Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl)));
        var answer = await client.SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = Demo.Email("inwoner", "zwolle"), ["Input.Password"] = Demo.Password }, follow: false);
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/account", answer.Response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RegisteringTwiceRevealsNothingAndStoresNothing()
    {
        var app = apps[PleinApp.Sqlite];
        using var client = app.Client();
        var email = await RegisteredAsync(app, client);
        var before = app.WithDb(db => db.Users.Count());
        var form = await client.GetAsync("/account/registreren");
        var answer = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Iemand anders", ["Input.Email"] = email,
            ["Input.Password"] = "nog een lang wachtwoord", ["Input.ConfirmPassword"] = "nog een lang wachtwoord",
        });
        Assert.Contains("We hebben u een e-mail gestuurd", answer.Text, StringComparison.Ordinal);
        Assert.Equal(before, app.WithDb(db => db.Users.Count()));
        Assert.Equal("U heeft al een account op Plein", (await app.Smtp.WaitForMailToAsync(email, skip: 1)).Subject);
    }

    /// <summary>Registers and confirms a fresh account; its first mail is the confirmation.</summary>
    internal static async Task<string> RegisteredAsync(PleinApp app, HtmlClient client)
    {
        var email = NewEmail();
        var form = await client.GetAsync("/account/registreren");
        await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Testpersoon", ["Input.Email"] = email,
            ["Input.Password"] = "een lange zin als wachtwoord", ["Input.ConfirmPassword"] = "een lange zin als wachtwoord",
        });
        var mail = await app.Smtp.WaitForMailToAsync(email);
        await client.GetAsync(new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery);
        return email;
    }
}
