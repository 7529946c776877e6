using System.Globalization;
using System.Text;

namespace Plein.Platform.Tenancy;

internal static class Slugs
{
    /// <summary>First path segments that belong to Plein itself and can never name an organisation.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "account", "api", "health", "metrics", "organisaties", "toegankelijkheid", "privacy", "taal", "fout",
        "lib", "css", "js", "img", "favicon.ico", "robots.txt", "beheer", "programma-beheer", "bestanden", "static",
        "aanbod", "quickscan", "uitdaagrecht", "kennis", "gebieden", "leren", "certificaat", "monitoring", "verwerkingsregister",
    };

    public static string From(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var dash = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        var slug = sb.ToString().TrimEnd('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    public static string For(OrganisationKind kind, string name) => kind switch
    {
        OrganisationKind.Provincie => From("provincie " + name),
        OrganisationKind.Waterschap => From("waterschap " + name),
        _ => From(name),
    };
}
