using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Plein.QuickScan.Scans;
using Plein.Tests.Support;
using UglyToad.PdfPig;

namespace Plein.Tests.QuickScan;

/// <summary>Zwolle's demo report as downloads: a valid Word file with heading styles, a PDF with the report's text, the tables appendix.</summary>
[Collection(AppCollection.Name)]
public sealed class ReportDownloadTests(Apps apps)
{
    private async Task<(HtmlClient Client, string Path)> StaffAsync()
    {
        var app = apps[PleinApp.Sqlite];
        var id = app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Where(s => s.State == ScanState.Gesloten).AsEnumerable().Single(s => s.CustomQuestions.Count == 1).Id);
        var client = app.Client();
        await client.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        return (client, $"/zwolle/quickscan/{id}");
    }

    [Fact]
    public async Task TheWordFileIsValidAndUsesWordHeadingStyles()
    {
        var (client, path) = await StaffAsync();
        using var _ = client;
        using var response = await client.Http.GetAsync(new Uri(path + "/rapport.docx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        var headings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Wie deden mee?", headings);
        Assert.Contains("Betrokken inwoners", headings);
        Assert.Contains(paragraphs, p => p.InnerText == "Rapport quick scan lokale democratie");
        Assert.NotEmpty(doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
    }

    [Fact]
    public async Task ThePdfHasTheReportsText()
    {
        var (client, path) = await StaffAsync();
        using var _ = client;
        using var response = await client.Http.GetAsync(new Uri(path + "/rapport.pdf", UriKind.Relative));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        Assert.Contains("Opvallende uitkomsten", text, StringComparison.Ordinal);
        Assert.Contains("Betrokken inwoners", text, StringComparison.Ordinal);
        Assert.Contains("Raadsleden", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tabellen.csv", "text/csv")]
    [InlineData("tabellen.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task TheTablesAppendixDownloads(string file, string type)
    {
        var (client, path) = await StaffAsync();
        using var _ = client;
        using var response = await client.Http.GetAsync(new Uri($"{path}/{file}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (file.EndsWith(".csv", StringComparison.Ordinal))
        {
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(1 + 7 * 4 * 4, lines.Length);
            Assert.Contains(lines, l => l.Contains("Inwoners", StringComparison.Ordinal) && l.EndsWith(";48\r", StringComparison.Ordinal));
        }
        else Assert.True(bytes.Length > 1000);
    }

    [Theory]
    [InlineData("/rapport.pdf")]
    [InlineData("/rapport.docx")]
    [InlineData("/tabellen.csv")]
    public async Task OnlyThoseWhoRunTheScanDownload(string file)
    {
        var app = apps[PleinApp.Sqlite];
        var (staff, path) = await StaffAsync();
        staff.Dispose();
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync(new Uri(path + file, UriKind.Relative))).StatusCode);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync(new Uri(path + file, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Http.GetAsync(new Uri(path + "/rapport.exe", UriKind.Relative))).StatusCode);
    }
}
