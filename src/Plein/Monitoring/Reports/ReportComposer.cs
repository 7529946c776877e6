using System.Globalization;
using Plein.Monitoring.Dashboard;
using Plein.Platform.Documents;

namespace Plein.Monitoring.Reports;

/// <summary>
/// Drafts the voortgangsrapportage in the programme's structure (Inleiding; 1 Over Democratie in Actie; 2 per priority:
/// resultaten en inzet komende periode; 3 Algemeen aanbod): sentences and tables filled in from the figures, each with
/// a footnote naming its source, and the sections staff wrote. The page, the DOCX and the PDF render the same blocks.
/// </summary>
internal static class ReportComposer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private const string NotWritten = "[Nog te schrijven door het programmabureau.]";

    public static ReportDocument Compose(ProgressReport report, ReportVersion version)
    {
        var period = $"{report.From.ToString("d MMMM yyyy", Dutch)} tot en met {report.Until.ToString("d MMMM yyyy", Dutch)}";
        List<DocumentBlock> blocks =
        [
            new Heading(1, "Inleiding"),
            new Paragraph($"Deze voortgangsrapportage van het programma Democratie in Actie gaat over de periode {period}. De cijfers komen uit Plein, het platform van het programma."),
            .. Written(version, "inleiding"),
            new Heading(1, "1 Over Democratie in Actie"),
            new Paragraph("Democratie in Actie is het programma van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties, de VNG en de beroeps- en belangenverenigingen van burgemeesters, wethouders, raadsleden, griffiers en gemeentesecretarissen om de lokale democratie te versterken en te vernieuwen."),
            new Paragraph("Het programma werkt aan zeven aandachtsgebieden:"),
            new Bullets(["een krachtige gemeenteraad", "toegeruste politieke ambtsdragers", "beter betrokken inwoners", "een responsieve ambtelijke organisatie",
                "een krachtige lokale digitale democratie", "een weerbaar lokaal bestuur", "een vitale democratische gemeenschap"]),
            new Paragraph("Sinds 1 januari 2020 heeft het programma vijf prioriteiten:"),
            new Bullets([.. ReportSections.Priorities.Select(MonitoringTexts.Describe)]),
            .. Written(version, "over"),
            new Heading(1, "2 Resultaten en inzet per prioriteit"),
        ];
        foreach (var priority in ReportSections.Priorities)
        {
            blocks.Add(new Heading(2, MonitoringTexts.Describe(priority)));
            blocks.Add(new Heading(3, "Resultaten"));
            blocks.AddRange(Figures(version.Figures, priority, report));
            blocks.AddRange(Written(version, $"{priority}-resultaten"));
            blocks.Add(new Heading(3, "Inzet komende periode"));
            blocks.AddRange(Written(version, $"{priority}-inzet"));
        }
        blocks.Add(new Heading(1, "3 Algemeen aanbod"));
        blocks.AddRange(Figures(version.Figures, "Aanbod", report));
        blocks.AddRange(Written(version, "aanbod"));
        var state = report.State == ReportState.Goedgekeurd ? "Vastgesteld" : "Concept";
        return new ReportDocument(report.Title, $"Voortgangsrapportage over {period} · {state}, versie {version.Number}", blocks);
    }

    /// <summary>What staff wrote, a paragraph per blank-line-separated block, so the page, DOCX and PDF break it alike.</summary>
    private static IEnumerable<Paragraph> Written(ReportVersion version, string key) =>
        version.Sections.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new Paragraph(p))
            : [new Paragraph(NotWritten)];

    private static IEnumerable<DocumentBlock> Figures(FigureSnapshot figures, string priority, ProgressReport report)
    {
        var own = figures.Where(f => f.Priority == priority).ToList();
        if (own.Count == 0) yield break;
        foreach (var figure in own.Where(f => f.Value is not null))
            yield return new Footnoted(Sentence(figure, report), [Source(figure, report)]);
        yield return new DataTable($"Cijfers {MonitoringTexts.Describe(priority)}", ["KPI", "Waarde", "Nulmeting", "Doel"],
            [.. own.Select(f => (IReadOnlyList<string>)[f.Name, $"{Number(f.Value)} {f.Unit}", f.Baseline is { } b ? $"{Number(b)} ({f.BaselineOn?.Year})" : "–",
                f.Target is { } t ? $"{Number(t)} ({f.TargetOn?.Year})" : "–"])]);
    }

    /// <summary>The sentence a report would write, e.g. "Eind 2026 waren in totaal 130 organisaties actief met het uitdaagrecht".</summary>
    public static string Sentence(FigureSnapshot.Item f, ProgressReport report)
    {
        var until = report.Until.ToString("d MMMM yyyy", Dutch);
        var value = Number(f.Value);
        var context = (f.Baseline, f.Target) switch
        {
            ({ } b, { } t) => $" (nulmeting {f.BaselineOn?.Year}: {Number(b)}; doel: {Number(t)} in {f.TargetOn?.Year})",
            (null, { } t) => $" (doel: {Number(t)} in {f.TargetOn?.Year})",
            _ => "",
        };
        return f.Key switch
        {
            "uitdaagrecht-open" => $"Op {until} waren in totaal {value} organisaties actief met het uitdaagrecht{context}.",
            "quickscans-afgerond" => $"In deze periode rondden organisaties {value} quick scans af{context}.",
            "quickscan-respondenten" => $"Samen vulden {value} inwoners, raadsleden, collegeleden en ambtenaren de vragenlijst van de quick scan in.",
            "aanbod-waardering" => $"Deelnemers gaven de bijeenkomsten gemiddeld een {value}{context}.",
            _ when f.Cumulative => $"{f.Name}: {value} {f.Unit} op {until}{context}.",
            _ => $"{f.Name}: {value} {f.Unit} in deze periode{context}.",
        };
    }

    private static string Source(FigureSnapshot.Item f, ProgressReport report) => f.Computed
        ? $"Bron: Plein, berekend uit de gegevens van alle organisaties, {(f.Cumulative ? $"stand op {report.Until.ToString("d MMMM yyyy", Dutch)}" : $"periode {report.From.ToString("d MMMM yyyy", Dutch)} tot en met {report.Until.ToString("d MMMM yyyy", Dutch)}")}. {f.Description}".TrimEnd()
        : $"Bron: ingevuld door het programmabureau. {f.Evidence}".TrimEnd();

    private static string Number(decimal? value) => MonitoringTexts.Number(value, Dutch);
}
