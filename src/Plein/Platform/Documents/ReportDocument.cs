namespace Plein.Platform.Documents;

/// <summary>
/// A report as a list of blocks that the web page, the DOCX and the PDF all render: one source, so the downloads say
/// exactly what the page says. Charts always carry their numbers; in DOCX they become a table.
/// </summary>
internal sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<DocumentBlock> Blocks);

internal abstract record DocumentBlock;

internal sealed record Heading(int Level, string Text) : DocumentBlock;

internal sealed record Paragraph(string Text) : DocumentBlock;

/// <summary>Something notable: an alert on the page, bold text in the downloads.</summary>
internal sealed record Notice(string Text) : DocumentBlock;

/// <summary>Links with a line of explanation each; in the downloads the address follows the text.</summary>
internal sealed record LinkList(IReadOnlyList<LinkList.Link> Links) : DocumentBlock
{
    internal sealed record Link(string Text, string Href, string Description);
}

/// <summary>A paragraph with footnotes (sources, definitions): Word footnotes in DOCX, numbered notes at the end elsewhere.</summary>
internal sealed record Footnoted(string Text, IReadOnlyList<string> Notes) : DocumentBlock;

internal sealed record Bullets(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>A table whose first column names the row; the other columns are numbers or short values.</summary>
internal sealed record DataTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>Horizontal bars on a fixed scale; <see cref="Bar.Shown"/> is the value as text (or why there is none).</summary>
internal sealed record BarChartBlock(string Caption, string LabelHeader, string ValueHeader, IReadOnlyList<BarChartBlock.Bar> Items, double Max, string? Id = null) : DocumentBlock
{
    internal sealed record Bar(string Label, double? Value, string Shown);

    public DataTable AsTable() => new(Caption, [LabelHeader, ValueHeader], [.. Items.Select(i => (IReadOnlyList<string>)[i.Label, i.Shown])]);
}

/// <summary>A report as a download: PDF or DOCX, rendered from the same blocks.</summary>
internal static class ReportFile
{
    public static IResult Download(ReportDocument document, string format, string fileName)
    {
        using var buffer = new MemoryStream();
        if (format == "pdf") PdfWriter.Write(document, buffer);
        else DocxWriter.Write(document, buffer);
        var type = format == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return Results.File(buffer.ToArray(), type, $"{fileName}.{format}");
    }
}
