using System.Globalization;
using Plein.Participation.Contracts;
using Plein.Platform.Documents;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting.Manage;

/// <summary>
/// Letters "aan de bewoners van dit adres" with a voting code each, as Dutch municipalities send them for a budget
/// vote: no name, one code per address, a PDF for the printer. Plein keeps only the codes' keyed hashes.
/// </summary>
internal static class BudgetLetters
{
    public const int MaxPerBatch = 5_000;

    /// <param name="alsoOpens">A wijk's code also votes on the city-wide budgets of its round: their titles and addresses.</param>
    public static IEnumerable<ReportDocument> Build(Budget budget, PhaseInfo voting, Organisation organisation, string ballotUrl, IEnumerable<string> codes,
        IReadOnlyList<(string Title, string Url)> alsoOpens)
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var period = $"van {voting.Starts.ToString("d MMMM", dutch)} tot en met {voting.Ends.ToString("d MMMM yyyy", dutch)}";
        foreach (var code in codes)
        {
            yield return new ReportDocument("Aan de bewoners van dit adres", $"{organisation.Name} · {budget.Title}",
            [
                new Paragraph("Beste bewoner,"),
                new Paragraph($"U beslist mee over {budget.Total.ToString("C0", dutch)} voor uw buurt. Kies de projecten die u het belangrijkst vindt. "
                    + $"Stemmen kan {period}."),
                new Heading(3, "Zo stemt u"),
                new Bullets([$"Ga naar {ballotUrl}", $"Vul uw stemcode in: {code}", "Kies uw projecten, controleer uw keuze en breng uw stem uit."]),
                .. alsoOpens.Select(other => new Paragraph($"Met dezelfde stemcode stemt u ook over {other.Title}, het budget voor de hele gemeente: ga naar {other.Url}.")),
                new Notice($"Uw stemcode: {code}"),
                new Paragraph($"U heeft geen account nodig. De code werkt één keer{(alsoOpens.Count > 0 ? " per budget" : "")} en zegt niets over wie u bent. Iedereen op dit adres die mee wil doen, kan de gemeente om een eigen code vragen."),
                new Paragraph($"Met vriendelijke groet,\n{organisation.Name}"),
            ]);
        }
    }
}
