using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Surveys.Answering;

/// <summary>Keeps <see cref="SurveyTally"/> in step with the sent-in answers to choice questions.</summary>
internal sealed class SurveyTallies(PleinDb db)
{
    /// <summary>Adds one sent-in response's choices, in the caller's transaction: one upsert for all of them.</summary>
    public async Task AddAsync(Survey survey, IEnumerable<SurveyAnswer> answers, CancellationToken ct)
    {
        var rows = Choices(survey, answers).ToList();
        if (rows.Count == 0) return;
        var values = new List<object>();
        var tuples = new List<string>();
        foreach (var (key, row, value) in rows)
        {
            var n = values.Count;
            tuples.Add(string.Create(CultureInfo.InvariantCulture, $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, 1)"));
            values.AddRange([Id(survey.OrganisationId), Id(survey.Id), key, row, value]);
        }
        // Both SQLite and PostgreSQL know INSERT ... ON CONFLICT; concurrent senders add up instead of colliding.
        var sql = $"""
            INSERT INTO "SurveyTallies" ("OrganisationId", "SurveyId", "QuestionKey", "Row", "Value", "Count") VALUES {string.Join(", ", tuples)}
            ON CONFLICT ("SurveyId", "QuestionKey", "Row", "Value") DO UPDATE SET "Count" = "SurveyTallies"."Count" + 1
            """;
        await db.Database.ExecuteSqlRawAsync(sql, values, ct);
    }

    /// <summary>
    /// Counts a survey's tally again from its answers: for rows written straight to the database (demo, imports). Reads
    /// past the tenant filter, because it also runs at start-up; every query is bound to this one survey.
    /// </summary>
    public async Task RecountAsync(Survey survey, CancellationToken ct)
    {
        var keys = survey.Definition.Questions.Where(q => q.HasChoices).Select(q => q.Key).ToList();
        await db.National<SurveyTally>().Where(t => t.SurveyId == survey.Id).ExecuteDeleteAsync(ct);
        if (keys.Count == 0) return;
        object[] values = [Id(survey.Id), .. keys];
        // Counted in the database in one statement; choice answers are always whole numbers, so the cast holds.
        var placeholders = string.Join(", ", keys.Select((_, i) => $"{{{i + 1}}}"));
        var sql = $$"""
            INSERT INTO "SurveyTallies" ("OrganisationId", "SurveyId", "QuestionKey", "Row", "Value", "Count")
            SELECT a."OrganisationId", a."SurveyId", a."QuestionKey", a."Row", CAST(a."Value" AS INTEGER), COUNT(*)
            FROM "SurveyAnswers" AS a JOIN "SurveyResponses" AS r ON r."Id" = a."ResponseId"
            WHERE a."SurveyId" = {0} AND r."SubmittedAt" IS NOT NULL AND a."QuestionKey" IN ({{placeholders}})
            GROUP BY a."OrganisationId", a."SurveyId", a."QuestionKey", a."Row", a."Value"
            """;
        await db.Database.ExecuteSqlRawAsync(sql, values, ct);
    }

    private object Id(Guid id) => db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id;

    private static IEnumerable<(string Key, int Row, int Value)> Choices(Survey survey, IEnumerable<SurveyAnswer> answers) =>
        answers.Where(a => survey.Definition.Find(a.QuestionKey) is { HasChoices: true })
            .Select(a => (a.QuestionKey, a.Row, Value: int.TryParse(a.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
            // One order for every sender, so concurrent upserts on PostgreSQL lock rows in the same order and never deadlock.
            .Where(a => a.Value >= 0).Distinct().OrderBy(a => a.QuestionKey, StringComparer.Ordinal).ThenBy(a => a.Row).ThenBy(a => a.Value);
}
