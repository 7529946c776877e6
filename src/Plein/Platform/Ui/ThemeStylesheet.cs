using System.Text.RegularExpressions;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Ui;

/// <summary>/{org}/thema.css: the organisation's colours as CSS custom properties (no inline style under the CSP).</summary>
internal static partial class ThemeStylesheet
{
    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    public static partial Regex HexColor();

    public static void MapThemeStylesheet(this WebApplication app) =>
        app.MapGet("/{org}/thema.css", (ITenantContext tenant) =>
        {
            var theme = tenant.RequiredOrganisation().Theme;
            var primary = HexColor().IsMatch(theme.PrimaryColor) ? theme.PrimaryColor : "#154273";
            var accent = HexColor().IsMatch(theme.AccentColor) ? theme.AccentColor : "#8fcae7";
            var css = $$"""
                .plein-theme {
                  --plein-primary: {{primary}};
                  --plein-accent: {{accent}};
                  --utrecht-page-header-background-color: {{primary}};
                  --utrecht-button-primary-action-background-color: {{primary}};
                  --utrecht-link-color: {{primary}};
                }
                """;
            return Results.Text(css, "text/css");
        }).ExcludeFromDescription();

    /// <summary>/{org}/logo: the organisation's uploaded logo, served with the type it was checked to be.</summary>
    public static void MapOrganisationLogo(this WebApplication app) =>
        app.MapGet("/{org}/logo", async (ITenantContext tenant, Plein.Data.PleinDb db, CancellationToken ct) =>
        {
            if (!Guid.TryParseExact(tenant.RequiredOrganisation().Theme.LogoFileId, "N", out var id)) return Results.NotFound();
            var file = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Files, f => f.Id == id, ct);
            return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType);
        }).ExcludeFromDescription();
}
