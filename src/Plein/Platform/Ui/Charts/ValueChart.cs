using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Plein.Platform.Ui.Charts;

/// <summary>
/// Scores or other values on a fixed scale (0-100 by default) as horizontal bars in inline SVG, followed by the same
/// values in a table. A missing value (too few respondents, no data) is named, not drawn as zero.
/// </summary>
internal sealed record ValueChart(string Id, string Caption, string LabelHeader, string ValueHeader, IReadOnlyList<ValueChart.Item> Items, double Max = 100)
{
    internal sealed record Item(string Label, double? Value, string? Missing = null);

    private const int Width = 640, RowHeight = 52, BarMax = 480;

    public string Format(Item item) => item.Value is { } v ? v.ToString("0.#", CultureInfo.CurrentCulture) : item.Missing ?? "–";

    public string Svg()
    {
        var enc = HtmlEncoder.Default;
        var inv = CultureInfo.InvariantCulture;
        var height = Items.Count * RowHeight + 8;
        var svg = new StringBuilder().Append(inv, $"<svg class=\"plein-chart__svg\" role=\"img\" aria-labelledby=\"{Id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(inv, $"<title id=\"{Id}-title\">{enc.Encode(Caption)}: {enc.Encode(string.Join("; ", Items.Select(i => $"{i.Label} {Format(i)}")))}</title>");
        foreach (var (item, index) in Items.Select((item, index) => (item, index)))
        {
            var top = index * RowHeight;
            var length = item.Value is { } v ? Math.Round(Math.Clamp(v / Max, 0, 1) * BarMax, 1) : 0;
            svg.Append(inv, $"<text x=\"0\" y=\"{top + 18}\" class=\"plein-chart__label\">{enc.Encode(item.Label)}</text>")
                .Append(inv, $"<rect x=\"0\" y=\"{top + 26}\" width=\"{BarMax}\" height=\"20\" class=\"plein-chart__track\"></rect>")
                .Append(inv, $"<rect x=\"0\" y=\"{top + 26}\" width=\"{length}\" height=\"20\" class=\"plein-chart__bar\"></rect>")
                .Append(inv, $"<text x=\"{BarMax + 10}\" y=\"{top + 42}\" class=\"plein-chart__value\">{enc.Encode(Format(item))}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
