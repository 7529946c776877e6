using System.Net;
using System.Text.RegularExpressions;

namespace Plein.Faults.Support;

/// <summary>Signing in and posting forms the way a browser without JavaScript does: the antiforgery token from the page, the cookie from the response.</summary>
internal static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public static async Task<string> TokenAsync(HttpClient http, string path)
    {
        var page = await http.GetStringAsync(new Uri(path, UriKind.Relative));
        var match = TokenField().Match(page);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {path}");
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string token, params (string Name, string Value)[] fields) =>
        await http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    /// <summary>Signs in: the login page from <paramref name="pageFrom"/>, the form posted to <paramref name="postTo"/> (the same node, or another).</summary>
    public static async Task SignInAsync(HttpClient pageFrom, HttpClient postTo, string email)
    {
        var token = await TokenAsync(pageFrom, "/account/inloggen");
        using var login = await PostAsync(postTo, "/account/inloggen", token, ("Input.Email", email), ("Input.Password", Seed.Password));
        if (login.StatusCode != HttpStatusCode.Redirect || login.Headers.Location?.OriginalString.Contains("inloggen", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)login.StatusCode} {login.Headers.Location}");
    }

    public static Task SignInAsync(HttpClient http, string email) => SignInAsync(http, http, email);

    /// <summary>Supports a proposal through the API as the signed-in resident.</summary>
    public static Task<HttpResponseMessage> SupportAsync(HttpClient http, Guid proposal) =>
        http.PostAsync(new Uri($"/api/v1/zwolle/voorstellen/{proposal}/steun", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
}
