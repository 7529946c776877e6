using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Plein.Platform.Documents;

/// <summary>
/// Writes a report as DOCX with Word's own heading styles (so the navigation pane and a table of contents work), real
/// bulleted lists, and tables with a repeating header row.
/// </summary>
internal static class DocxWriter
{
    private const int BulletList = 1;

    public static void Write(ReportDocument report, Stream output)
    {
        using var memory = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = report.Title;
            doc.PackageProperties.Language = "nl-NL";
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var body = new Body(Para(report.Title, "Title"), Para(report.Subtitle, "Subtitle"));
            FootnotesPart? notes = null;
            foreach (var block in report.Blocks)
            {
                switch (block)
                {
                    case Heading h: body.Append(Para(h.Text, $"Heading{Math.Clamp(h.Level, 1, 3)}")); break;
                    case Paragraph p: body.Append(Para(p.Text)); break;
                    case Footnoted f: body.Append(WithFootnotes(f, notes ??= FootnotesOf(main))); break;
                    case Notice n: body.Append(Para(n.Text, "Strong")); break;
                    case Bullets b: body.Append(b.Items.Select(Bullet)); break;
                    case LinkList l: body.Append(l.Links.Select(x => Bullet($"{x.Text}: {x.Description} ({x.Href})"))); break;
                    case DataTable t: body.Append(Para(t.Caption, "Caption"), Table(t)); break;
                    case BarChartBlock c: body.Append(Para(c.Caption, "Caption"), Table(c.AsTable())); break;
                }
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new W.Document(body);
        }
        memory.Position = 0;
        memory.CopyTo(output);
    }

    private static W.Paragraph Para(string text, string? style = null)
    {
        var paragraph = new W.Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        // Text pasted from elsewhere can hold control characters that XML does not allow (a form feed from a PDF).
        var clean = new string([.. text.Where(c => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF'))]);
        paragraph.Append(new Run(new Text(clean) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>Word requires the separator (-1) and continuation separator (0) before the numbered notes.</summary>
    private static FootnotesPart FootnotesOf(MainDocumentPart main)
    {
        var part = main.AddNewPart<FootnotesPart>();
        part.Footnotes = new Footnotes(
            new Footnote(new W.Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new W.Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        return part;
    }

    private static W.Paragraph WithFootnotes(Footnoted block, FootnotesPart part)
    {
        var paragraph = Para(block.Text);
        foreach (var note in block.Notes)
        {
            var id = part.Footnotes!.Elements<Footnote>().Count() - 1;
            var text = Para(note, "FootnoteText");
            text.InsertAfter(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark(), new Text(" ") { Space = SpaceProcessingModeValues.Preserve }), text.ParagraphProperties);
            part.Footnotes.Append(new Footnote(text) { Id = id });
            paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id }));
        }
        return paragraph;
    }

    private static W.Paragraph Bullet(string text)
    {
        var paragraph = Para(text, "ListParagraph");
        paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList }));
        return paragraph;
    }

    private static Table Table(DataTable data)
    {
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(new TopBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 }, new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
            new TableCaption { Val = data.Caption }));
        // Widths in twentieths of a point over the 17 cm text width: the first column half, the rest shared.
        const int text = 9638;
        var rest = data.Columns.Count > 1 ? text / 2 / (data.Columns.Count - 1) : 0;
        table.Append(new TableGrid(data.Columns.Select((_, i) => new GridColumn { Width = (i == 0 ? (data.Columns.Count > 1 ? text / 2 : text) : rest).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(data.Columns, header: true));
        foreach (var row in data.Rows) table.Append(Row(row, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var (cell, i) in cells.Select((c, i) => (c, i)))
        {
            var paragraph = Para(cell);
            if (header) paragraph.Elements<Run>().First().PrependChild(new RunProperties(new Bold()));
            if (i > 0) paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
            row.Append(new TableCell(paragraph));
        }
        return row;
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold, int? outline = null)
        {
            var run = new StyleRunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold) run.PrependChild(new Bold());
            var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle())
            { Type = StyleValues.Paragraph, StyleId = id };
            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" });
            if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
            style.Append(paragraph, run);
            return style;
        }
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "22" }, new Languages { Val = "nl-NL" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(normal, Paragraph("Title", "Title", 48, true), Paragraph("Subtitle", "Subtitle", 26, false),
            Paragraph("Heading1", "heading 1", 36, true, 0), Paragraph("Heading2", "heading 2", 28, true, 1), Paragraph("Heading3", "heading 3", 24, true, 2),
            Paragraph("Caption", "caption", 20, true), Paragraph("Strong", "Notice", 22, true), Paragraph("ListParagraph", "List Paragraph", 22, false),
            Paragraph("FootnoteText", "footnote text", 18, false),
            new Style(new StyleName { Val = "footnote reference" }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            { Type = StyleValues.Character, StyleId = "FootnoteReference" });
    }

    private static Numbering Numbering() => new(
        new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });
}
