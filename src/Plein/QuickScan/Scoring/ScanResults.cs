using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Scoring;

/// <summary>Reads a scan's answers as counts (grouped in the database), and the response per group while it runs.</summary>
internal sealed class ScanResults(PleinDb db)
{
    internal sealed record GroupResponse(RespondentGroup Group, int Submitted, int Busy);

    public async Task<ScanTally> TallyAsync(Scan scan, QuestionnaireDefinition questionnaire, OrganisationKind kind, CancellationToken ct)
    {
        if (scan.SurveyId is not { } surveyId) return ScanTally.Empty;
        var keys = ScanSurvey.ScaleKeys(questionnaire);
        var counts = await db.Set<SurveyTally>().AsNoTracking().Where(t => t.SurveyId == surveyId && keys.Contains(t.QuestionKey))
            .ToDictionaryAsync(t => (t.QuestionKey, t.Row, t.Value), t => t.Count, ct);
        var roles = Groups.Roles(kind);
        var respondents = counts.Where(c => c.Key.QuestionKey == ScanSurvey.RoleKey && c.Key.Value < roles.Count)
            .GroupBy(c => roles[c.Key.Value].Group).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        return new ScanTally(counts, respondents);
    }

    /// <summary>Per group: sent in, and started but not yet sent in (the classification is saved with the first step).</summary>
    public async Task<IReadOnlyList<GroupResponse>> MonitorAsync(Scan scan, OrganisationKind kind, CancellationToken ct)
    {
        if (scan.SurveyId is not { } surveyId) return [.. scan.TargetGroups.Select(g => new GroupResponse(g, 0, 0))];
        var rows = await db.Set<SurveyAnswer>()
            .Where(a => a.SurveyId == surveyId && a.QuestionKey == ScanSurvey.RoleKey)
            .Join(db.Set<SurveyResponse>(), a => a.ResponseId, r => r.Id, (a, r) => new { a.Value, Sent = r.SubmittedAt != null })
            .GroupBy(x => new { x.Value, x.Sent })
            .Select(g => new { g.Key.Value, g.Key.Sent, Count = g.Count() })
            .ToListAsync(ct);
        var roles = Groups.Roles(kind);
        RespondentGroup? GroupOf(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < roles.Count ? roles[i].Group : null;
        return [.. scan.TargetGroups.Select(g => new GroupResponse(g,
            rows.Where(r => r.Sent && GroupOf(r.Value) == g).Sum(r => r.Count),
            rows.Where(r => !r.Sent && GroupOf(r.Value) == g).Sum(r => r.Count)))];
    }

    /// <summary>The latest open answers to a question, for staff (they may contain names, so never public).</summary>
    public Task<List<string>> TextsAsync(Scan scan, string key, int count, CancellationToken ct) =>
        // Walks the (survey, question, row) index from the newest answer back; EXISTS keeps SQLite on that index.
        db.Set<SurveyAnswer>().Where(a => a.SurveyId == scan.SurveyId && a.QuestionKey == key && a.Row == 0
                && db.Set<SurveyResponse>().Any(r => r.Id == a.ResponseId && r.SubmittedAt != null))
            .OrderByDescending(a => a.Id).Take(count).Select(a => a.Value).ToListAsync(ct);
}
