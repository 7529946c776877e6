using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plein.Platform.Security;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Security;

/// <summary>
/// Requests that carry BSNs and secrets (form posts, query strings, headers, an exception that names them) through Plein
/// with every log line captured at Debug level: none of the values appears in the log text.
/// </summary>
public sealed class LogRedactionTests : IDisposable
{
    private const string Bsn = "111222333";
    private const string DottedBsn = "1112.22.333";
    private const string SpacedBsn = "111 222 333";
    private const string Password = "Geheim-wachtwoord-991";
    private const string VotingCode = "STEMCODE7QX4";
    private const string Token = "tok3n-VERY-secret-55";
    private const string ClientSecret = "client-secret-Zq81";
    private const string Bearer = "bearer-Secret-Value-42";
    private const string ConnectionPassword = "DbPassw0rd-777";

    private readonly PleinApp app = new(PleinApp.Sqlite, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" }, captureLogs: true);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task NoBsnOrSecretReachesTheLog()
    {
        using var resident = app.Client();
        // A failed login: the password and a BSN typed as the e-mail address.
        var login = await resident.GetAsync("/account/inloggen");
        await resident.SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = Bsn, ["Input.Password"] = Password });
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        // A voting code typed in, and secrets in query strings and headers.
        var redeem = await resident.GetAsync($"/zwolle/verificatie/stemcode?code={VotingCode}&token={Token}");
        await resident.SubmitAsync(redeem, new Dictionary<string, string> { ["Input.Code"] = VotingCode }, "#stemcode");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/zwolle/participatie?bsn={DottedBsn}&password={Password}&client_secret={ClientSecret}", UriKind.Relative));
        request.Headers.Add("Authorization", "Bearer " + Bearer);
        await resident.Http.SendAsync(request);
        await resident.Http.GetAsync(new Uri($"/api/v1/zwolle/raadsinformatie/vergaderingen?naam={Uri.EscapeDataString(SpacedBsn)}&token={Token}", UriKind.Relative));
        // An admin's second factor: the TOTP code.
        using var admin = app.Client();
        var code = Demo.Code();
        var adminLogin = await admin.GetAsync("/account/inloggen");
        var second = await admin.SubmitAsync(adminLogin, new Dictionary<string, string> { ["Input.Email"] = Demo.Email("beheerder", "zwolle"), ["Input.Password"] = Demo.Password });
        await admin.SubmitAsync(second, new Dictionary<string, string> { ["Input.Code"] = code });
        // A failure logged with its exception, as code in Plein logs one: the values in the message, the structured values and the exception.
        var logger = app.Services.GetRequiredService<ILogger<LogRedactionTests>>();
        logger.LogError(new InvalidOperationException($"Lookup failed for BSN {Bsn}; Host=db;Username=plein;Password={ConnectionPassword};client_secret={ClientSecret}"),
            "Request for {Bsn} with code {Code} failed (Authorization: Bearer {Token})", SpacedBsn, VotingCode, Bearer);
        logger.LogInformation("Cookie: plein.auth={Cookie}", "CfDJ8AbCdEfGhIjKlMnOpQrStUvWxYz0123456789");

        var lines = app.Logs!.Lines.ToList();
        var text = string.Join("\n", lines);
        // The capture works at every level, and reads the requests the values travelled in.
        Assert.Contains(lines, l => l.StartsWith("Debug", StringComparison.Ordinal));
        Assert.Contains("Request starting", text, StringComparison.Ordinal);
        Assert.Contains("/zwolle/verificatie/stemcode", text, StringComparison.Ordinal);
        Assert.Contains(LogRedaction.Bsn, text, StringComparison.Ordinal);
        foreach (var secret in new[] { Bsn, DottedBsn, SpacedBsn, Password, VotingCode, Token, ClientSecret, Bearer, ConnectionPassword, "CfDJ8AbCdEfGhIjKlMnOpQrStUvWxYz" })
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"'{secret}' is in the log:\n" + string.Join("\n", lines.Where(l => l.Contains(secret, StringComparison.Ordinal)).Take(5)));
        Assert.DoesNotMatch($"(?<!\\d){code}(?!\\d)", text);
    }

    [Theory]
    [InlineData("bsn 111222333 here", "bsn [BSN] here")]
    [InlineData("1112.22.333", "[BSN]")]
    [InlineData("111 222 333", "[BSN]")]
    [InlineData("123456789", "123456789")] // fails the elfproef: an ordinary number
    [InlineData("1234567890", "1234567890")] // ten digits: not a BSN
    [InlineData("GET /x?code=123456&page=2", "GET /x?code=***&page=2")]
    [InlineData("Host=db;Password=abc;Database=x", "Host=db;Password=***;Database=x")]
    [InlineData("{\"client_secret\":\"abc\"}", "{\"client_secret\":\"***\"}")]
    [InlineData("Authorization: Bearer abc.def", "Authorization: ***")]
    [InlineData("sent Bearer abc.def", "sent Bearer ***")]
    [InlineData("StatusCode: 404", "StatusCode: 404")]
    public void RedactionKeepsWhatIsNotSecret(string input, string expected) => Assert.Equal(expected, LogRedaction.Redact(input));
}
