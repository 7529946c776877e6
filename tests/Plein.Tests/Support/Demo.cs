using OtpNet;

namespace Plein.Tests.Support;

/// <summary>Demo users and helpers to sign in as them.</summary>
public static class Demo
{
    public const string Password = "Plein-demo-2026";
    public const string Key = "PLEINDEMOKEYPLEINDEMOKEYPLEINDEM";

    public static string Email(string role, string org) => $"{role}.{org}@demo.plein.nl";

    /// <summary>A TOTP code computed independently of Plein (Otp.NET).</summary>
    public static string Code(string key = Key) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    public static async Task<HtmlClient.Page> SignInAsync(this HtmlClient client, string email, string password = Password, string? totpKey = null)
    {
        var login = await client.GetAsync("/account/inloggen");
        var page = await client.SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (page.Response.RequestMessage!.RequestUri!.AbsolutePath == "/account/inloggen/tweede-stap")
            page = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = Code(totpKey ?? Key) });
        return page;
    }
}
