using Microsoft.AspNetCore.Localization;

namespace Plein.Platform.Ui;

internal static class LanguageCookie
{
    public const string Name = "plein.taal";
}

/// <summary>POST /taal: a plain form, so the switch works without JavaScript. The cookie is functional, not tracking.</summary>
internal static class LanguageSwitch
{
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapPost("/taal", async (HttpContext ctx, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!ctx.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(ctx)) return Results.BadRequest();
            var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            var (taal, terug) = (form["taal"].ToString(), form["terug"].ToString());
            var culture = taal == "en" ? "en-GB" : "nl-NL";
            ctx.Response.Cookies.Append(LanguageCookie.Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = ctx.Request.IsHttps });
            return Results.LocalRedirect(IsLocal(terug) ? terug : "/");
        }).ExcludeFromDescription();

    /// <summary>A path on this site: no scheme, no //host or /\host, no control characters (which browsers strip).</summary>
    public static bool IsLocal([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
