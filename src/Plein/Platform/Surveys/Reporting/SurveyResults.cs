using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Ui.Charts;

namespace Plein.Platform.Surveys.Reporting;

/// <summary>
/// Counts per choice (and per matrix statement), averages for scales, summaries for numbers and the latest open
/// answers, over sent-in responses only. Two grouped queries do the counting in the database.
/// </summary>
internal sealed class SurveyResults(PleinDb db)
{
    internal sealed record NumberSummary(int Count, decimal Min, decimal Max, decimal Mean, decimal Median);

    internal sealed record QuestionResult(SurveyQuestion Question, int Answered, IReadOnlyList<BarChart> Charts, IReadOnlyList<double?> Means,
        NumberSummary? Numbers, IReadOnlyList<string> LatestTexts);

    internal sealed record Summary(int Submitted, IReadOnlyList<QuestionResult> Questions);

    public async Task<Summary> ForAsync(Survey survey, bool withTexts, CancellationToken ct)
    {
        var submitted = db.Set<SurveyResponse>().Where(r => r.SurveyId == survey.Id && r.SubmittedAt != null).Select(r => r.Id);
        var count = await submitted.CountAsync(ct);
        // EXISTS per answer keeps SQLite on the (survey, question, row) index; an IN list of every sent-in response does not.
        var answers = db.Set<SurveyAnswer>().AsNoTracking()
            .Where(a => a.SurveyId == survey.Id && db.Set<SurveyResponse>().Any(r => r.Id == a.ResponseId && r.SubmittedAt != null));
        var choiceKeys = survey.Definition.Questions.Where(q => q.HasChoices).Select(q => q.Key).ToList();
        var counts = (await answers.Where(a => choiceKeys.Contains(a.QuestionKey))
                .GroupBy(a => new { a.QuestionKey, a.Row, a.Value })
                .Select(g => new { g.Key.QuestionKey, g.Key.Row, g.Key.Value, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(c => (c.QuestionKey, c.Row, c.Value), c => c.Count);
        var answered = (await answers.GroupBy(a => new { a.QuestionKey, a.Row })
                .Select(g => new { g.Key.QuestionKey, g.Key.Row, Count = g.Select(a => a.ResponseId).Distinct().Count() }).ToListAsync(ct))
            .ToDictionary(c => (c.QuestionKey, c.Row), c => c.Count);

        var results = new List<QuestionResult>();
        foreach (var q in survey.Definition.Questions)
        {
            var rows = q.Type == QuestionType.Matrix ? q.Rows.Count : 1;
            var charts = new List<BarChart>();
            var means = new List<double?>();
            if (q.HasChoices)
            {
                for (var row = 0; row < rows; row++)
                {
                    var bars = q.Choices.Select((label, i) => new BarChart.Bar(label, counts.GetValueOrDefault((q.Key, row, i.ToString(CultureInfo.InvariantCulture))))).ToList();
                    var caption = q.Type == QuestionType.Matrix ? $"{q.Text} – {q.Rows[row]}" : q.Text;
                    charts.Add(new BarChart($"{q.Key}-{row}", caption, bars, answered.GetValueOrDefault((q.Key, row))));
                    var total = bars.Sum(b => b.Count);
                    means.Add(q.Type == QuestionType.Schaal || (q.Type == QuestionType.Matrix && q.Options.Count == 0)
                        ? total == 0 ? null : bars.Select((b, i) => (double)b.Count * (i + 1)).Sum() / total
                        : null);
                }
            }
            var numbers = q.Type == QuestionType.Getal ? await NumbersAsync(answers, q.Key, ct) : null;
            var texts = withTexts && q.Type is QuestionType.KorteTekst or QuestionType.LangeTekst
                ? await answers.Where(a => a.QuestionKey == q.Key).OrderByDescending(a => a.Id).Take(20).Select(a => a.Value).ToListAsync(ct)
                : [];
            results.Add(new QuestionResult(q, answered.GetValueOrDefault((q.Key, 0)), charts, means, numbers, texts));
        }
        return new Summary(count, results);
    }

    private static async Task<NumberSummary?> NumbersAsync(IQueryable<SurveyAnswer> answers, string key, CancellationToken ct)
    {
        var values = new List<decimal>();
        await foreach (var v in answers.Where(a => a.QuestionKey == key).Select(a => a.Value).AsAsyncEnumerable().WithCancellation(ct))
            if (decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) values.Add(n);
        if (values.Count == 0) return null;
        values.Sort();
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
        return new NumberSummary(values.Count, values[0], values[^1], Math.Round(values.Average(), 2), median);
    }
}
