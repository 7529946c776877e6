using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Plein.Platform.Verification.VotingCodes;
using Plein.Tests.Support;
using UglyToad.PdfPig;

namespace Plein.Tests.QuickScan;

/// <summary>Letters with single-use codes for residents, as part of the water board's whole scan.</summary>
internal static partial class ResidentLetterChecks
{
    [GeneratedRegex("[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{5}")]
    private static partial Regex CodePattern();

    /// <summary>Before opening: bad numbers are explained, then three letters come as one PDF, a page and a code each.</summary>
    public static async Task<List<string>> MakeLettersAsync(PleinApp app, HtmlClient staff, string path)
    {
        var page = await staff.GetAsync(path + "/brieven");
        foreach (var (typed, message) in new[]
        {
            ("", "Vul een aantal brieven in."),
            ("0", "Vul een aantal van 1 tot en met 5.000 in. Hebt u meer nodig? Maak dan meer keren brieven."),
            ("5001", "Vul een aantal van 1 tot en met 5.000 in. Hebt u meer nodig? Maak dan meer keren brieven."),
        })
        {
            var refused = await staff.SubmitAsync(page, new Dictionary<string, string> { ["Count"] = typed }, "#brieven");
            Assert.Equal(message, refused.FieldError("Count"));
            Assert.Equal(typed, refused.Value("Count"));
        }
        Assert.Equal("een", (await staff.SubmitAsync(page, new Dictionary<string, string> { ["Count"] = "een" }, "#brieven")).Value("Count"));

        var token = page.Document.QuerySelector("#brieven [name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Count", "3")]);
        using var response = await staff.Http.PostAsync(new Uri(path + "/brieven", UriKind.Relative), content);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, pdf.NumberOfPages);
        var codes = pdf.GetPages().Select(p =>
        {
            Assert.Contains("Aan de bewoners van dit adres", p.Text, StringComparison.Ordinal);
            Assert.Contains("/quickscan/code", p.Text, StringComparison.Ordinal);
            return CodePattern().Matches(p.Text).Select(m => m.Value).Distinct().Single();
        }).ToList();
        Assert.Equal(3, codes.Distinct().Count());
        // Plein keeps a keyed hash only: no plain code in the database.
        Assert.DoesNotContain(app.WithDb(db => db.Set<VotingCode>().IgnoreQueryFilters().Select(c => c.Hash).ToList()), h => codes.Any(c => h.Contains(c.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
        return codes;
    }

    /// <summary>While open: a resident types a code (any case, no dashes) and answers; the code works once; typos are explained.</summary>
    public static async Task UseCodeAsync(PleinApp app, HtmlClient staff, string path, List<string> codes)
    {
        var org = path.Split('/')[1];
        using var resident = app.Client();
        var entry = await resident.GetAsync($"/{org}/quickscan/code");
        var empty = await resident.SubmitAsync(entry, new Dictionary<string, string> { ["Code"] = "" }, "#code");
        Assert.Equal("Vul de code uit de brief in.", empty.FieldError("Code"));
        var typo = codes[0][..^1] + (codes[0][^1] == 'A' ? 'C' : 'A');
        var wrong = await resident.SubmitAsync(entry, new Dictionary<string, string> { ["Code"] = typo }, "#code");
        Assert.Equal("Deze code kennen we niet. Controleer of u hem goed heeft overgetypt.", wrong.FieldError("Code"));
        Assert.Equal(typo, wrong.Value("Code"));

        var survey = await resident.SubmitAsync(entry, new Dictionary<string, string> { ["Code"] = codes[0].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() }, "#code");
        Assert.Contains("/vragenlijsten/", survey.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var done = await QuickScanFlowTests.AnswerFromAsync(resident, survey, role: 0, column: "1");
        Assert.Contains("Bedankt! Uw antwoorden zijn verstuurd.", done.Text, StringComparison.Ordinal);

        using var neighbour = app.Client();
        var again = await neighbour.SubmitAsync(await neighbour.GetAsync($"/{org}/quickscan/code"), new Dictionary<string, string> { ["Code"] = codes[0] }, "#code");
        Assert.Equal("Deze code is al gebruikt. Bent u al begonnen? Ga dan verder met uw persoonlijke link.", again.FieldError("Code"));

        var letters = await staff.GetAsync(path + "/brieven");
        Assert.Equal("Samen|3|1 (33 %)", string.Join("|", letters.Document.QuerySelectorAll("tfoot tr > *").Select(c => c.TextContent.Trim())));
    }
}
