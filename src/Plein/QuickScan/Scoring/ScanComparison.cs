using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Scoring;

/// <summary>
/// Scores of many scans at once, from sums over their tallies (one grouped query), for the national view, the benchmark
/// against organisations of the same kind and the trend against an organisation's previous scan. Organisations are
/// averaged with equal weight; a group under five respondents does not count, and an average needs five organisations.
/// </summary>
internal sealed class ScanComparison(PleinDb db)
{
    public const int MinimumOrganisations = 5;

    internal sealed record ScanScore(Scan Scan, OrganisationKind Kind, IReadOnlyDictionary<RespondentGroup, int> Respondents,
        IReadOnlyDictionary<(string Theme, RespondentGroup Group), double> Scores, IReadOnlyDictionary<string, double> Overall);

    /// <summary>National reading: scans of every organisation, only ever shown as counts and averages.</summary>
    public async Task<IReadOnlyList<ScanScore>> ScoresAsync(IReadOnlyList<(Scan Scan, OrganisationKind Kind)> scans, QuestionnaireDefinition questionnaire, CancellationToken ct)
    {
        var surveys = scans.Where(s => s.Scan.SurveyId is not null).Select(s => s.Scan.SurveyId!.Value).ToList();
        var sums = await db.National<SurveyTally>().Where(t => surveys.Contains(t.SurveyId) && t.QuestionKey != ScanSurvey.RoleKey && t.Value < ScanSurvey.DontKnow)
            .GroupBy(t => new { t.SurveyId, t.QuestionKey })
            .Select(g => new { g.Key.SurveyId, g.Key.QuestionKey, Weighted = g.Sum(t => t.Value * t.Count), Count = g.Sum(t => t.Count) })
            .ToListAsync(ct);
        var roles = await db.National<SurveyTally>().Where(t => surveys.Contains(t.SurveyId) && t.QuestionKey == ScanSurvey.RoleKey)
            .Select(t => new { t.SurveyId, t.Value, t.Count }).ToListAsync(ct);
        var sumsBySurvey = sums.ToLookup(s => s.SurveyId);
        var rolesBySurvey = roles.ToLookup(r => r.SurveyId);
        var result = new List<ScanScore>();
        foreach (var (scan, kind) in scans.Where(s => s.Scan.SurveyId is not null))
        {
            var options = Groups.Roles(kind);
            var respondents = rolesBySurvey[scan.SurveyId!.Value].Where(r => r.Value < options.Count)
                .GroupBy(r => options[r.Value].Group).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
            var shown = Groups.All.Where(g => respondents.GetValueOrDefault(g) >= Groups.MinimumRespondents).ToList();
            var byKey = sumsBySurvey[scan.SurveyId.Value].ToDictionary(s => s.QuestionKey, s => (W: (long)s.Weighted, N: (long)s.Count), StringComparer.Ordinal);
            var scores = new Dictionary<(string, RespondentGroup), double>();
            var overall = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var theme in questionnaire.Themes)
            {
                long w = 0, n = 0;
                foreach (var g in shown)
                {
                    if (!byKey.TryGetValue(ScanSurvey.CurrentKey(theme, g), out var s) || s.N == 0) continue;
                    scores[(theme.Key, g)] = Math.Round(25.0 * s.W / s.N, 1);
                    (w, n) = (w + s.W, n + s.N);
                }
                if (n > 0) overall[theme.Key] = Math.Round(25.0 * w / n, 1);
            }
            result.Add(new ScanScore(scan, kind, respondents, scores, overall));
        }
        return result;
    }

    /// <summary>The average over organisations of a theme's score (overall, or of one group), when enough organisations have one.</summary>
    public static (double? Mean, int Organisations) Average(IEnumerable<ScanScore> scores, string theme, RespondentGroup? group = null)
    {
        var values = scores.Select(s => group is { } g ? s.Scores.TryGetValue((theme, g), out var v) ? v : (double?)null : s.Overall.TryGetValue(theme, out var o) ? o : null)
            .OfType<double>().ToList();
        return (values.Count >= MinimumOrganisations ? Math.Round(values.Average(), 1) : null, values.Count);
    }
}
