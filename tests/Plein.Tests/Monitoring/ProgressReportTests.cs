using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Plein.Monitoring.Reports;
using Plein.Tests.Support;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Plein.Tests.Monitoring;

/// <summary>The voortgangsrapportage: drafted from the data in the programme's structure, written, versioned, approved by a colleague, exported.</summary>
[Collection(AppCollection.Name)]
public sealed class ProgressReportTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AReportIsDraftedFromTheDataWrittenApprovedByAColleagueAndExported(string provider)
    {
        var app = apps[provider];
        var today = global::Plein.Platform.Tenancy.Organisation.Today;
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var list = await author.GetAsync("/monitoring/rapportages");
        var refused = await author.SubmitAsync(list, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.From"] = Day(today), ["Input.Until"] = Day(today.AddDays(-5)) }, "#nieuwe-rapportage");
        Assert.Equal("Geef de rapportage een titel.", refused.FieldError("Input.Title"));
        Assert.Equal("De laatste dag ligt na de eerste dag van de periode.", refused.FieldError("Input.Until"));
        refused = await author.SubmitAsync(list, new Dictionary<string, string> { ["Input.Title"] = "Te vroeg", ["Input.From"] = Day(today), ["Input.Until"] = Day(today.AddDays(5)) }, "#nieuwe-rapportage");
        Assert.Equal("De periode kan niet in de toekomst eindigen.", refused.FieldError("Input.Until"));
        Assert.Equal("Te vroeg", refused.Value("Input.Title"));

        var title = $"Voortgangsrapportage {today.Year} ({provider}, {Guid.NewGuid():N})";
        var page = await author.SubmitAsync(list, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.From"] = Day(new DateOnly(today.Year, 1, 1)), ["Input.Until"] = Day(today) }, "#nieuwe-rapportage");
        Assert.Contains("Plein heeft de rapportage opgesteld", page.Text, StringComparison.Ordinal);
        var id = app.WithDb(db => db.Set<ProgressReport>().Single(r => r.Title == title).Id);
        var open = app.WithDb(db => db.Set<ReportVersion>().Single(v => v.ReportId == id).Figures.Single(f => f.Key == "uitdaagrecht-open").Value);
        // The figure sits in chapter 2, under priority B, with its baseline and target, and a footnote naming its source.
        var text = page.Text;
        var sentence = $"waren in totaal {open:0} organisaties actief met het uitdaagrecht (nulmeting 2018: 75; doel: 150 in 2026).";
        Assert.True(text.IndexOf("2 Resultaten en inzet per prioriteit", StringComparison.Ordinal) < text.IndexOf("B. Uitdaagrecht", text.IndexOf("2 Resultaten", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.InRange(text.IndexOf(sentence, StringComparison.Ordinal), text.IndexOf("B. Uitdaagrecht", text.IndexOf("2 Resultaten", StringComparison.Ordinal), StringComparison.Ordinal), text.IndexOf("C. Lokale digitale democratie", text.IndexOf("2 Resultaten", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("Bron: Plein, berekend uit de gegevens van alle organisaties", text, StringComparison.Ordinal);
        Assert.Contains("[Nog te schrijven door het programmabureau.]", text, StringComparison.Ordinal);

        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/monitoring/rapportages/{id}.pdf", follow: false)).Status);
        Assert.Contains("Schrijf eerst alle hoofdstukken.", (await author.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Submit']")).Text, StringComparison.Ordinal);

        var fields = ReportSections.All.ToDictionary(s => $"Text[{s.Key}]", s => $"Tekst voor {s.Label}.");
        fields["Text[inleiding]"] = new string('x', ReportPageModel.MaxSectionLength + 1);
        var tooLong = await author.SubmitAsync(page, fields, "#hoofdstukken");
        Assert.Equal("Gebruik hoogstens 20.000 tekens.", tooLong.FieldError("Text[inleiding]"));
        Assert.Equal("Tekst voor 1 Over Democratie in Actie.", tooLong.Document.QuerySelector("textarea[name='Text[over]']")!.TextContent);
        fields["Text[inleiding]"] = "Deze rapportage laat zien wat het programma dit jaar bereikte.";
        page = await author.SubmitAsync(page, fields, "#hoofdstukken");
        Assert.Contains("De nieuwe versie is opgeslagen", page.Text, StringComparison.Ordinal);
        Assert.Contains("Deze rapportage laat zien wat het programma dit jaar bereikte.", page.Text, StringComparison.Ordinal);
        page = await author.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Submit']");
        Assert.Contains("ter goedkeuring aangeboden", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Approve']"));
        Assert.Contains("Een collega die de rapportage niet zelf aanbood", (await author.PostAsync($"/monitoring/rapportages/{id}?handler=Approve",
            [new("__RequestVerificationToken", page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)])).Text, StringComparison.Ordinal);

        using var colleague = app.Client();
        await colleague.SignInAsync(Demo.Email("beheerder", "programma"));
        var approved = await colleague.SubmitAsync(await colleague.GetAsync($"/monitoring/rapportages/{id}"), new Dictionary<string, string>(), "form[action*='handler=Approve']");
        Assert.Contains("De rapportage is goedgekeurd en ligt vast.", approved.Text, StringComparison.Ordinal);
        Assert.Null(approved.Document.QuerySelector("#hoofdstukken"));
        Assert.Equal(ReportState.Goedgekeurd, app.WithDb(db => db.Set<ProgressReport>().Single(r => r.Id == id).State));
        Assert.Equal(2, app.WithDb(db => db.National<global::Plein.Platform.Audit.AuditEntry>().Count(a => a.Subject == title && (a.Action == "monitoring.rapportage-aangeboden" || a.Action == "monitoring.rapportage-goedgekeurd"))));

        // The approved report: a valid DOCX with Word's heading styles and footnotes, and a PDF with the same figures.
        var docx = await anonymous.Http.GetByteArrayAsync($"/monitoring/rapportages/{id}.docx");
        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var body = doc.MainDocumentPart!.Document!.Body!;
            var headings = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
            Assert.Equal(["Inleiding", "1 Over Democratie in Actie", "2 Resultaten en inzet per prioriteit", "3 Algemeen aanbod"], headings);
            var notes = doc.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Where(f => f.Id!.Value > 0).ToList();
            Assert.NotEmpty(notes);
            Assert.Equal(notes.Count, body.Descendants<W.FootnoteReference>().Count());
            Assert.Contains(sentence, body.InnerText, StringComparison.Ordinal);
        }
        var pdf = await anonymous.Http.GetByteArrayAsync($"/monitoring/rapportages/{id}.pdf");
        using var read = PdfDocument.Open(pdf);
        var pdfText = string.Join(" ", read.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains($"in totaal {open:0} organisaties actief met het uitdaagrecht", pdfText, StringComparison.Ordinal);
        Assert.Contains("Noten", pdfText, StringComparison.Ordinal);
        Assert.Contains("Vastgesteld, versie 2", pdfText, StringComparison.Ordinal);
    }
}
