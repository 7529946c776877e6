using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Plein.Data;
using Plein.Platform.Documents;
using Plein.Platform.Tenancy;
using Plein.Platform.Ui;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;
using Plein.QuickScan.Scoring;
using Plein.Support.Contracts;

namespace Plein.QuickScan.Report;

/// <summary>
/// The quick scan report as document blocks (response, notable findings with tips, a part per theme, own questions),
/// shared by the web page and the DOCX and PDF downloads; and the tables appendix as rows.
/// </summary>
internal sealed class ScanReportBuilder(PleinDb db, ScanResults results, ScanComparison comparison, IMemoryCache cache, IOfferCatalogue offer, IStringLocalizer<SharedResource> t)
{
    internal sealed record TableRow(string Thema, string Stelling, string Groep, string Score, int Invullers);

    public async Task<(ReportDocument Document, IReadOnlyList<TableRow> Tables)> BuildAsync(Scan scan, Organisation organisation, CancellationToken ct)
    {
        var version = await db.Set<QuestionnaireVersion>().AsNoTracking().SingleAsync(v => v.Id == scan.VersionId, ct);
        var tally = await results.TallyAsync(scan, version.Definition, organisation.Kind, ct);
        var themes = ScanScores.Compute(version.Definition, tally, scan.TargetGroups);
        var wording = Wording.For(organisation.Kind);
        string Group(RespondentGroup g) => t[Groups.Name(g, organisation.Kind)];
        string Respondents(RespondentGroup g) => tally.Respondents.GetValueOrDefault(g) is var n && n < Groups.MinimumRespondents
            ? t["{0} (te weinig om te tonen)", n] : n.ToString(CultureInfo.CurrentCulture);
        var blocks = new List<DocumentBlock>
        {
            new Paragraph(t["De scores lopen van 0 (helemaal oneens) tot 100 (helemaal eens); 'weet niet' telt niet mee. Een groep met minder dan {0} invullers tonen we niet, zodat niemand te herkennen is.", Groups.MinimumRespondents]),
        };
        if (scan.State == ScanState.Open) blocks.Add(new Notice(t["De vragenlijst is nog open. Deze tussenstand verandert nog."]));
        blocks.Add(new Heading(1, t["Wie deden mee?"]));
        blocks.Add(new DataTable(t["Aantal invullers per groep"], [t["Groep"], t["Invullers"]],
            [.. scan.TargetGroups.Select(g => (IReadOnlyList<string>)[Group(g), Respondents(g)])]));

        blocks.Add(new Heading(1, t["Opvallende uitkomsten"]));
        var priorities = ScanScores.Priorities(themes);
        if (priorities.Count == 0) blocks.Add(new Paragraph(t["Er zijn nog te weinig antwoorden voor uitkomsten."]));
        else
        {
            blocks.Add(new Paragraph(t["Deze thema's vinden de invullers belangrijk om te verbeteren, terwijl ze er laag op scoren. Zij horen als eerste op de verbeteragenda."]));
            foreach (var (p, i) in priorities.Select((p, i) => (p, i)))
            {
                blocks.Add(new Heading(2, $"{i + 1}. {wording.Fill(p.Theme.Title)}"));
                blocks.Add(new Paragraph(t["Score {0}, belang van verbeteren {1}.", Score(p.Score), Score(p.Importance)]));
                blocks.Add(new Bullets([.. p.Theme.Tips.Select(wording.Fill)]));
                var suggestions = await offer.ForAsync(p.Theme.Area, TargetGroups(scan.TargetGroups), 3, ct);
                if (suggestions.Count > 0)
                {
                    blocks.Add(new Paragraph(t["Aanbod van Democratie in Actie dat hierbij past:"]));
                    blocks.Add(new LinkList([.. suggestions.Select(s => new LinkList.Link(s.Title, s.Path, $"{t[s.Kind]}. {s.Summary}"))]));
                }
            }
        }
        foreach (var gap in themes.Where(x => x.NotableGap))
            blocks.Add(new Notice(t["Opvallend verschil bij {0}: {1} geven een score van {2}, {3} een score van {4}.", wording.Fill(gap.Theme.Title),
                Group(gap.Highest!.Value), Score(gap.Groups.First(g => g.Group == gap.Highest).Score), Group(gap.Lowest!.Value), Score(gap.Groups.First(g => g.Group == gap.Lowest).Score)]));

        blocks.AddRange(await ComparisonAsync(scan, organisation, version, themes, wording, ct));

        var tables = new List<TableRow>();
        foreach (var theme in themes)
        {
            var title = wording.Fill(theme.Theme.Title);
            blocks.Add(new Heading(1, title));
            blocks.Add(new Paragraph(t["Score van alle getoonde groepen samen: {0}. Belang van verbeteren: {1}.", Score(theme.Score), Score(theme.Importance)]));
            blocks.Add(new BarChartBlock(t["Score per groep (0 tot 100)"], t["Groep"], t["Score"],
                [.. theme.Groups.Select(g => new BarChartBlock.Bar(Group(g.Group), g.Score, g.Score is { } s ? Score(s) : g.Suppressed ? t["te weinig invullers"] : t["geen antwoorden"]))], 100, $"thema-{theme.Theme.Key}"));
            blocks.Add(new DataTable(t["Score per stelling en groep"], [t["Stelling"], .. scan.TargetGroups.Select(Group)],
                [.. theme.Statements.Select(s => (IReadOnlyList<string>)[wording.Fill(s.Text), .. s.PerGroup.Select(Score)])]));
            foreach (var s in theme.Statements)
                tables.AddRange(scan.TargetGroups.Select((g, i) => new TableRow(title, wording.Fill(s.Text), Group(g), Score(s.PerGroup[i]), tally.Respondents.GetValueOrDefault(g))));
            var texts = await results.TextsAsync(scan, ScanSurvey.OpenKey(theme.Theme), 10, ct);
            if (texts.Count > 0)
            {
                blocks.Add(new Heading(2, t["Voorbeelden van invullers"]));
                blocks.Add(new Bullets(texts));
            }
        }
        if (scan.CustomQuestions.Count > 0) blocks.Add(new Heading(1, t["Eigen vragen"]));
        for (var i = 0; i < scan.CustomQuestions.Count; i++)
        {
            var q = scan.CustomQuestions[i];
            blocks.Add(new Heading(2, q.Text));
            if (q.Scale) blocks.Add(new Paragraph(t["Score van alle invullers samen: {0}.", Score(ScanScores.Custom(tally, i))]));
            else blocks.Add(new Bullets(await results.TextsAsync(scan, ScanSurvey.CustomKey(i), 20, ct)));
        }
        var heading = scan.State == ScanState.Open ? t["Tussenstand quick scan lokale democratie"] : t["Rapport quick scan lokale democratie"];
        var subtitle = $"{organisation.Name} · {(scan.Starts is { } from ? from.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "")} – {(scan.Ends is { } to ? to.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "")}";
        return (new ReportDocument(heading, subtitle, blocks), tables);
    }

    /// <summary>Against organisations of the same kind on the same version (at least five), and against this organisation's previous scan.</summary>
    private async Task<List<DocumentBlock>> ComparisonAsync(Scan scan, Organisation organisation, QuestionnaireVersion version, IReadOnlyList<ThemeScore> themes,
        Wording wording, CancellationToken ct)
    {
        // A national read: every organisation's latest finished scan of this kind and version, only ever shown as an
        // average over at least five. It changes when a scan closes, so a few minutes' staleness is fine.
        var all = await cache.GetOrCreateAsync(("quickscan-peers", organisation.Kind, version.Id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            var finished = await (from s in db.National<Scan>()
                                  join o in db.Organisations on s.OrganisationId equals o.Id
                                  where s.VersionId == version.Id && o.Kind == organisation.Kind && (s.State == ScanState.Gesloten || s.State == ScanState.Afgerond)
                                  select s).AsNoTracking().ToListAsync(ct);
            var latest = finished.GroupBy(s => s.OrganisationId).Select(g => g.MaxBy(s => s.CreatedAt)!).ToList();
            return await comparison.ScoresAsync([.. latest.Select(s => (s, organisation.Kind))], version.Definition, ct);
        }) ?? [];
        var peerScores = all.Where(s => s.Scan.OrganisationId != organisation.Id).ToList();
        var previous = await db.Set<Scan>().AsNoTracking()
            .Where(s => s.VersionId == version.Id && s.CreatedAt < scan.CreatedAt && (s.State == ScanState.Gesloten || s.State == ScanState.Afgerond))
            .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(ct);
        var scores = previous is null ? [] : await comparison.ScoresAsync([(previous, organisation.Kind)], version.Definition, ct);
        var blocks = new List<DocumentBlock> { new Heading(1, t["Vergelijking"]) };
        if (peerScores.Count >= ScanComparison.MinimumOrganisations)
            blocks.Add(new DataTable(t["Uw score naast het gemiddelde van {0} organisaties van dezelfde soort", peerScores.Count], [t["Thema"], t["Deze scan"], t["Gemiddelde"]],
                [.. themes.Select(x => (IReadOnlyList<string>)[wording.Fill(x.Theme.Title), Score(x.Score), Score(ScanComparison.Average(peerScores, x.Theme.Key).Mean)])]));
        else
            blocks.Add(new Paragraph(t["Vergelijken met andere organisaties kan zodra minstens {0} organisaties van dezelfde soort deze versie van de quick scan hebben afgerond. Nu zijn dat er {1}.", ScanComparison.MinimumOrganisations, peerScores.Count]));
        if (scores.FirstOrDefault(s => s.Scan.Id == previous?.Id) is { } before)
            blocks.Add(new DataTable(t["Uw score nu en bij de vorige scan ({0})", before.Scan.CreatedAt.ToString("MMMM yyyy", CultureInfo.CurrentCulture)], [t["Thema"], t["Vorige scan"], t["Deze scan"]],
                [.. themes.Select(x => (IReadOnlyList<string>)[wording.Fill(x.Theme.Title), Score(before.Overall.TryGetValue(x.Theme.Key, out var b) ? b : null), Score(x.Score)])]));
        else blocks.Add(new Paragraph(t["Dit is de eerste quick scan van {0} op deze versie: de volgende scan laat zien wat er veranderd is.", organisation.Name]));
        return blocks;
    }

    /// <summary>The offer's target groups behind the scan's groups: the griffie and the gemeentesecretaris work with the council and college.</summary>
    private static List<TargetGroup> TargetGroups(IEnumerable<RespondentGroup> groups) => [.. groups.SelectMany(g => g switch
    {
        RespondentGroup.Inwoners => new[] { TargetGroup.Inwoners },
        RespondentGroup.Raadsleden => [TargetGroup.Raadsleden, TargetGroup.Griffiers],
        RespondentGroup.Collegeleden => [TargetGroup.Burgemeesters, TargetGroup.Wethouders],
        _ => [TargetGroup.Ambtenaren, TargetGroup.Gemeentesecretarissen],
    }).Distinct()];

    private static string Score(double? value) => value is { } v ? v.ToString("0", CultureInfo.CurrentCulture) : "–";
}
