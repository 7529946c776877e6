using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Ui.Charts;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;
using Plein.QuickScan.Scoring;

namespace Plein.QuickScan.Report;

/// <summary>The web report: response, notable findings (priorities and gaps), and per theme the scores per group with their statements.</summary>
internal sealed class ScanReportModel(PleinDb db, ITenantContext tenant, ScanAccess access, ScanResults results) : PageModel
{
    public Scan Scan { get; private set; } = default!;
    public Wording Wording { get; private set; } = default!;
    public ScanTally Tally { get; private set; } = ScanTally.Empty;
    public IReadOnlyList<ThemeScore> Themes { get; private set; } = [];
    public IReadOnlyList<ThemeScore> Priorities { get; private set; } = [];
    public Dictionary<string, List<string>> Texts { get; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (scan, stop) = await access.LoadAsync(this, id, ct);
        if (stop is not null) return stop;
        if (scan!.State < ScanState.Open) return NotFound();
        Scan = scan;
        Wording = Wording.For(Organisation.Kind);
        var version = await db.Set<QuestionnaireVersion>().AsNoTracking().SingleAsync(v => v.Id == scan.VersionId, ct);
        Tally = await results.TallyAsync(scan, version.Definition, Organisation.Kind, ct);
        Themes = ScanScores.Compute(version.Definition, Tally, scan.TargetGroups);
        Priorities = ScanScores.Priorities(Themes);
        foreach (var theme in version.Definition.Themes) Texts[theme.Key] = await results.TextsAsync(scan, ScanSurvey.OpenKey(theme), 10, ct);
        for (var i = 0; i < scan.CustomQuestions.Count; i++)
            if (!scan.CustomQuestions[i].Scale) Texts[ScanSurvey.CustomKey(i)] = await results.TextsAsync(scan, ScanSurvey.CustomKey(i), 20, ct);
        return Page();
    }

    public string GroupName(RespondentGroup group) => Groups.Name(group, Organisation.Kind);

    public ValueChart Chart(ThemeScore theme, Func<string, string> t) => new($"thema-{theme.Theme.Key}", t("Score per groep (0 tot 100)"), t("Groep"), t("Score"),
        [.. theme.Groups.Select(g => new ValueChart.Item(t(GroupName(g.Group)), g.Score, g.Suppressed ? t("te weinig invullers") : t("geen antwoorden")))]);
}
