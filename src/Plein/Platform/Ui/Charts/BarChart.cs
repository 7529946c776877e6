namespace Plein.Platform.Ui.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG, always followed by the same numbers as a table (for screen readers, for
/// copying, and for anyone who would rather read). <paramref name="Base"/> is what percentages are of.
/// </summary>
internal sealed record BarChart(string Id, string Caption, IReadOnlyList<BarChart.Bar> Bars, int Base)
{
    internal sealed record Bar(string Label, int Count);

    public const int Width = 640;
    public const int RowHeight = 52;
    public const int BarMax = 480;

    public int Height => Bars.Count * RowHeight + 8;
    public int Max => Math.Max(1, Bars.Select(b => b.Count).DefaultIfEmpty(0).Max());

    public double BarWidth(Bar bar) => bar.Count == 0 ? 0 : Math.Max(2, Math.Round((double)bar.Count / Max * BarMax, 1));

    /// <summary>The SVG markup, built here because Razor reads an SVG &lt;text&gt; element as its own text tag.</summary>
    public string Svg()
    {
        var enc = System.Text.Encodings.Web.HtmlEncoder.Default;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var summary = string.Join("; ", Bars.Select(b => $"{b.Label} {b.Count} ({Percent(b)})"));
        var svg = new System.Text.StringBuilder().Append(inv, $"<svg class=\"plein-chart__svg\" role=\"img\" aria-labelledby=\"{Id}-title\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(inv, $"<title id=\"{Id}-title\">{enc.Encode(Caption)}: {enc.Encode(summary)}</title>");
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var y = i * RowHeight;
            svg.Append(inv, $"<text x=\"0\" y=\"{y + 18}\" class=\"plein-chart__label\">{enc.Encode(bar.Label)}</text>");
            svg.Append(inv, $"<rect x=\"0\" y=\"{y + 26}\" width=\"{BarMax}\" height=\"20\" class=\"plein-chart__track\"></rect>");
            svg.Append(inv, $"<rect x=\"0\" y=\"{y + 26}\" width=\"{BarWidth(bar)}\" height=\"20\" class=\"plein-chart__bar\"></rect>");
            svg.Append(inv, $"<text x=\"{BarMax + 10}\" y=\"{y + 42}\" class=\"plein-chart__value\">{bar.Count} ({enc.Encode(Percent(bar))})</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    public string Percent(Bar bar) => Base == 0 ? "0%" : ((double)bar.Count / Base).ToString("P0", System.Globalization.CultureInfo.CurrentCulture);
}
