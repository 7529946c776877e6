using System.Globalization;
using Plein.Platform.Documents;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Letters;

/// <summary>
/// Letters "aan de bewoners van dit adres": no name, one single-use code each (ADR 0020). The organisation prints them
/// and sends them to addresses of its choice, so residents who never see the open link can take part too.
/// </summary>
internal static class ResidentLetters
{
    public const int MaxPerBatch = 5_000;

    /// <summary>Where a resident types the code; short enough to copy from paper.</summary>
    public static string EntryPath(Organisation organisation) => $"/{organisation.Slug}/quickscan/code";

    public static IEnumerable<ReportDocument> Build(Scan scan, Organisation organisation, string entryUrl, IEnumerable<string> codes)
    {
        var wording = Wording.For(organisation.Kind);
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var until = scan.Ends is { } ends ? $"U kunt meedoen tot en met {ends.ToString("d MMMM yyyy", dutch)}." : "";
        var signer = string.IsNullOrWhiteSpace(scan.Trekker) ? organisation.Name : $"{scan.Trekker}\n{organisation.Name}";
        foreach (var code in codes)
        {
            yield return new ReportDocument("Aan de bewoners van dit adres", $"{organisation.Name} · quick scan lokale democratie",
            [
                new Paragraph("Beste bewoner,"),
                new Paragraph($"Hoe werkt de lokale democratie? Werken inwoners, {wording.Raad}, {wording.College} en de ambtenaren goed samen? "
                    + $"Dat wil {organisation.Name} graag weten. Daarom vragen wij u een vragenlijst in te vullen. Dat duurt ongeveer 15 minuten."),
                new Paragraph("Uw antwoorden zijn anoniem. Wij weten niet wie op dit adres woont, en de code in deze brief zegt niets over u."),
                new Heading(3, "Zo doet u mee"),
                new Bullets([$"Ga naar {entryUrl}", $"Vul uw code in: {code}", "Beantwoord de vragen. U kunt tussendoor stoppen en later verdergaan."]),
                new Notice($"Uw code: {code}"),
                new Paragraph($"De code werkt één keer. {until}".Trim()),
                new Paragraph($"Met vriendelijke groet,\n{signer}"),
            ]);
        }
    }
}
