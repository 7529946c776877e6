using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Scoring;

/// <summary>How many answers each (question, statement row, scale column) got, and how many people per group sent theirs in.</summary>
internal sealed record ScanTally(IReadOnlyDictionary<(string Key, int Row, int Value), int> Counts, IReadOnlyDictionary<RespondentGroup, int> Respondents)
{
    public static readonly ScanTally Empty = new(new Dictionary<(string, int, int), int>(), new Dictionary<RespondentGroup, int>());
}

internal sealed record GroupScore(RespondentGroup Group, int Respondents, bool Suppressed, double? Score, double? Importance);

internal sealed record StatementScore(string Text, IReadOnlyList<double?> PerGroup);

internal sealed record ThemeScore(Theme Theme, IReadOnlyList<GroupScore> Groups, double? Score, double? Importance, double? Gap,
    RespondentGroup? Lowest, RespondentGroup? Highest, IReadOnlyList<StatementScore> Statements)
{
    public bool NotableGap => Gap >= ScanScores.NotableGap;
    /// <summary>Important and weak at once: the higher, the sooner it belongs on the agenda.</summary>
    public double? Urgency => Score is { } s && Importance is { } i ? Math.Round(i * (100 - s) / 100, 1) : null;
}

/// <summary>
/// Scores 0-100 per theme and group: "helemaal oneens" is 0, "helemaal eens" 100, "weet niet" left out. A group with
/// fewer than five respondents is never shown, nor counted in the totals. Gaps of 20 points or more between groups
/// are notable; importance against score gives the priorities.
/// </summary>
internal static class ScanScores
{
    public const double NotableGap = 20;
    /// <summary>A statement's score needs this many answers other than "weet niet", like a group needs respondents.</summary>
    public const int MinimumAnswers = 5;

    public static IReadOnlyList<ThemeScore> Compute(QuestionnaireDefinition questionnaire, ScanTally tally, IReadOnlyList<RespondentGroup> groups)
    {
        var shown = groups.Where(g => tally.Respondents.GetValueOrDefault(g) >= Groups.MinimumRespondents).ToList();
        var themes = new List<ThemeScore>();
        foreach (var theme in questionnaire.Themes)
        {
            var perGroup = groups.Select(g =>
            {
                var suppressed = !shown.Contains(g);
                return new GroupScore(g, tally.Respondents.GetValueOrDefault(g), suppressed,
                    suppressed ? null : Mean(tally, [ScanSurvey.CurrentKey(theme, g)], null),
                    suppressed ? null : Mean(tally, [ScanSurvey.ImportanceKey(theme, g)], null));
            }).ToList();
            var scored = perGroup.Where(g => g.Score is not null).ToList();
            var lowest = scored.MinBy(g => g.Score);
            var highest = scored.MaxBy(g => g.Score);
            var statements = theme.Current.Select((s, row) => new StatementScore(s.Text,
                [.. groups.Select(g => shown.Contains(g) ? Mean(tally, [ScanSurvey.CurrentKey(theme, g)], row, MinimumAnswers) : null)])).ToList();
            themes.Add(new ThemeScore(theme, perGroup,
                Mean(tally, [.. shown.Select(g => ScanSurvey.CurrentKey(theme, g))], null),
                Mean(tally, [.. shown.Select(g => ScanSurvey.ImportanceKey(theme, g))], null),
                scored.Count >= 2 ? Math.Round(highest!.Score!.Value - lowest!.Score!.Value, 1) : null,
                scored.Count >= 2 ? lowest!.Group : null, scored.Count >= 2 ? highest!.Group : null, statements));
        }
        return themes;
    }

    /// <summary>The themes most in need of work: important, and scoring low.</summary>
    public static IReadOnlyList<ThemeScore> Priorities(IReadOnlyList<ThemeScore> themes, int count = 3) =>
        [.. themes.Where(t => t.Urgency is not null).OrderByDescending(t => t.Urgency).Take(count)];

    /// <summary>The score of one of the organisation's own agree/disagree questions, over everyone who answered it.</summary>
    public static double? Custom(ScanTally tally, int index) => Mean(tally, [ScanSurvey.CustomKey(index)], null, MinimumAnswers);

    /// <summary>The mean of the answers (0-100) to these questions, over one statement row or all; null without answers.</summary>
    private static double? Mean(ScanTally tally, IReadOnlyCollection<string> keys, int? row, int minimum = 1)
    {
        long total = 0, count = 0;
        foreach (var ((key, r, value), n) in tally.Counts)
        {
            if (value is < 0 or >= ScanSurvey.DontKnow || (row is { } only && r != only) || !keys.Contains(key)) continue;
            total += (long)value * 25 * n;
            count += n;
        }
        return count < minimum || count == 0 ? null : Math.Round((double)total / count, 1);
    }
}
