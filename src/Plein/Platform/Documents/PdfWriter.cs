using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Plein.Platform.Documents;

/// <summary>
/// Writes a report as an A4 PDF with PDFsharp: wrapped text, tables that repeat their header on a new page, and bar
/// charts with their values. The font (Noto Sans, OFL) is embedded in Plein, so no system fonts are needed.
/// </summary>
internal sealed class PdfWriter : IDisposable
{
    private const double Margin = 56, Width = 595 - 2 * Margin, Bottom = 842 - Margin;
    private static readonly Lock FontLock = new();
    private readonly PdfDocument document = new();
    private readonly XFont body, bold, small;
    private XGraphics gfx = default!;
    private double y;

    private PdfWriter(string title)
    {
        lock (FontLock) GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        document.Info.Title = title;
        document.Info.Creator = "Plein";
        body = new XFont(EmbeddedFonts.Family, 10);
        bold = new XFont(EmbeddedFonts.Family, 10, XFontStyleEx.Bold);
        small = new XFont(EmbeddedFonts.Family, 8);
        NewPage();
    }

    public static void Write(ReportDocument report, Stream output) => WriteAll(report.Title, [report], output);

    /// <summary>Several documents in one file, each from a new page: letters for the printer, one per address.</summary>
    public static void WriteAll(string title, IEnumerable<ReportDocument> documents, Stream output)
    {
        using var pdf = new PdfWriter(title);
        var first = true;
        foreach (var document in documents)
        {
            if (!first) pdf.NewPage();
            first = false;
            pdf.Add(document);
        }
        pdf.document.Save(output, false);
    }

    private void Add(ReportDocument report)
    {
        var notes = new List<string>();
        Text(report.Title, new XFont(EmbeddedFonts.Family, 20, XFontStyleEx.Bold), 8);
        Text(report.Subtitle, new XFont(EmbeddedFonts.Family, 12), 16);
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    Space(h.Level == 1 ? 40 : 28);
                    Text(h.Text, new XFont(EmbeddedFonts.Family, h.Level switch { 1 => 16, 2 => 13, _ => 11 }, XFontStyleEx.Bold), 4);
                    break;
                case Paragraph p: Text(p.Text, body, 6); break;
                case Footnoted f:
                    Text(f.Text + string.Concat(f.Notes.Select((_, i) => $" [{notes.Count + i + 1}]")), body, 6);
                    notes.AddRange(f.Notes);
                    break;
                case Notice n: Text(n.Text, bold, 6); break;
                case Bullets b:
                    foreach (var item in b.Items) Text(item, body, 3, indent: 14, marker: "•");
                    y += 4;
                    break;
                case LinkList l:
                    foreach (var link in l.Links) Text($"{link.Text}: {link.Description} ({link.Href})", body, 3, indent: 14, marker: "•");
                    y += 4;
                    break;
                case DataTable t: Table(t); break;
                case BarChartBlock c: Chart(c); break;
            }
        }
        if (notes.Count == 0) return;
        Space(40);
        Text("Noten", new XFont(EmbeddedFonts.Family, 13, XFontStyleEx.Bold), 4);
        for (var i = 0; i < notes.Count; i++) Text(notes[i], small, 3, indent: 18, marker: $"{i + 1}.");
    }

    public void Dispose()
    {
        gfx.Dispose();
        document.Dispose();
    }

    private void NewPage()
    {
        gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void Space(double needed)
    {
        if (y + needed > Bottom) NewPage();
    }

    private void Text(string text, XFont font, double after, double indent = 0, string? marker = null)
    {
        var lines = Wrap(text, font, Width - indent);
        var height = font.GetHeight() * 1.2;
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            Space(height);
            if (i == 0 && marker is not null) gfx.DrawString(marker, font, XBrushes.Black, Margin + 2, y, XStringFormats.TopLeft);
            gfx.DrawString(line, font, XBrushes.Black, Margin + indent, y, XStringFormats.TopLeft);
            y += height;
        }
        y += after;
    }

    private void Table(DataTable table)
    {
        Space(60);
        Text(table.Caption, bold, 2);
        var first = table.Columns.Count == 1 ? Width : Width * 0.5;
        var rest = table.Columns.Count == 1 ? 0 : (Width - first) / (table.Columns.Count - 1);
        double ColumnWidth(int i) => i == 0 ? first : rest;
        void Row(IReadOnlyList<string> cells, XFont font, bool header)
        {
            var wrapped = cells.Select((c, i) => Wrap(c, font, ColumnWidth(i) - 8)).ToList();
            var height = wrapped.Max(w => w.Count) * font.GetHeight() * 1.2 + 6;
            if (y + height > Bottom)
            {
                NewPage();
                if (!header) Row(table.Columns, bold, header: true);
            }
            if (header) gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 240, 245)), Margin, y, Width, height);
            var x = Margin;
            for (var i = 0; i < wrapped.Count; i++)
            {
                for (var l = 0; l < wrapped[i].Count; l++)
                {
                    var lineY = y + 3 + l * font.GetHeight() * 1.2;
                    if (i == 0) gfx.DrawString(wrapped[i][l], font, XBrushes.Black, x + 4, lineY, XStringFormats.TopLeft);
                    else gfx.DrawString(wrapped[i][l], font, XBrushes.Black, new XRect(x, lineY, ColumnWidth(i) - 4, font.GetHeight()), XStringFormats.TopRight);
                }
                x += ColumnWidth(i);
            }
            gfx.DrawLine(new XPen(XColors.Gray, 0.5), Margin, y + height, Margin + Width, y + height);
            y += height;
        }
        Row(table.Columns, bold, header: true);
        foreach (var row in table.Rows) Row(row, body, header: false);
        y += 10;
    }

    private void Chart(BarChartBlock chart)
    {
        const double row = 18, labelWidth = 190, barMax = Width - labelWidth - 70;
        Space(row * chart.Items.Count + 30);
        Text(chart.Caption, bold, 4);
        foreach (var item in chart.Items)
        {
            gfx.DrawString(Wrap(item.Label, small, labelWidth - 6)[0], small, XBrushes.Black, Margin, y + 3, XStringFormats.TopLeft);
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(230, 230, 230)), Margin + labelWidth, y + 2, barMax, 12);
            if (item.Value is { } v) gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(21, 66, 115)), Margin + labelWidth, y + 2, Math.Clamp(v / chart.Max, 0, 1) * barMax, 12);
            gfx.DrawString(item.Shown, small, XBrushes.Black, Margin + labelWidth + barMax + 6, y + 3, XStringFormats.TopLeft);
            y += row;
        }
        y += 10;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Noto Sans regular and bold from Plein's own resources, whatever family is asked for.</summary>
    private sealed class EmbeddedFonts : IFontResolver
    {
        public const string Family = "Noto Sans";

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "NotoSans-Bold" : "NotoSans-Regular", false, italic);

        public byte[]? GetFont(string faceName)
        {
            using var stream = typeof(PdfWriter).Assembly.GetManifestResourceStream($"Plein.Fonts.{faceName}.ttf");
            if (stream is null) return null;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
