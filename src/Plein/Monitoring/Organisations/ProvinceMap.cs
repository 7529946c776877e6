using System.Globalization;
using System.Net;
using System.Text;

namespace Plein.Monitoring.Organisations;

/// <summary>
/// A schematic tile map of the twelve provinces, each tile shaded by a count and labelled with it. Not a geographic
/// map: the tiles keep the provinces' rough positions so people recognise the country; the table beside it holds the
/// same numbers.
/// </summary>
internal static class ProvinceMap
{
    private static readonly (string Province, int Column, int Row)[] Tiles =
    [
        ("Fryslân", 2, 0), ("Groningen", 3, 0), ("Noord-Holland", 1, 1), ("Flevoland", 2, 1), ("Drenthe", 3, 1), ("Zuid-Holland", 1, 2), ("Utrecht", 2, 2),
        ("Overijssel", 3, 2), ("Zeeland", 0, 3), ("Noord-Brabant", 1, 3), ("Gelderland", 2, 3), ("Limburg", 2, 4),
    ];

    public static IEnumerable<string> Provinces => Tiles.Select(t => t.Province).Order(StringComparer.Ordinal);

    // Light to darker blue; black text stays readable (contrast above 4.5:1) on each.
    private static readonly string[] Shades = ["#f2f2f2", "#dbe9f6", "#bcd6ee", "#9cc3e6", "#7fb1de"];

    public static string Svg(string title, IReadOnlyDictionary<string, int> counts)
    {
        const int size = 110, gap = 6;
        var max = Math.Max(1, counts.Values.DefaultIfEmpty(0).Max());
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"plein-map-tiles\" viewBox=\"0 0 {4 * (size + gap)} {5 * (size + gap)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        foreach (var (province, column, row) in Tiles)
        {
            var count = counts.GetValueOrDefault(province);
            var shade = count == 0 ? Shades[0] : Shades[1 + (int)Math.Min(3, Math.Floor(3.999 * count / max))];
            var (x, y) = (column * (size + gap), row * (size + gap));
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\" rx=\"6\" fill=\"{shade}\" stroke=\"#555\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + size / 2}\" y=\"{y + 45}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#000\">{WebUtility.HtmlEncode(province)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + size / 2}\" y=\"{y + 75}\" text-anchor=\"middle\" font-size=\"24\" font-weight=\"bold\" fill=\"#000\">{count}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
