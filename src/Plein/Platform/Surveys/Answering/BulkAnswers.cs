using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Surveys.Answering;

/// <summary>
/// Writes many answers in multi-row INSERT statements instead of one tracked entity each: for demo data and imports,
/// where tens of thousands of rows would otherwise take seconds. The caller counts the tally afterwards.
/// </summary>
internal static class BulkAnswers
{
    private const int RowsPerStatement = 400;

    public static async Task InsertAsync(PleinDb db, IReadOnlyList<SurveyAnswer> answers, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var chunk in answers.Chunk(RowsPerStatement))
        {
            var values = new List<object>(chunk.Length * 6);
            var rows = new List<string>(chunk.Length);
            foreach (var a in chunk)
            {
                var n = values.Count;
                rows.Add($"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, {{{n + 5}}})");
                values.AddRange([Id(a.OrganisationId), Id(a.SurveyId), Id(a.ResponseId), a.QuestionKey, a.Row, a.Value]);
            }
            // Only placeholders are put into the text; every value is a parameter.
            var sql = $"INSERT INTO \"SurveyAnswers\" (\"OrganisationId\", \"SurveyId\", \"ResponseId\", \"QuestionKey\", \"Row\", \"Value\") VALUES {string.Join(", ", rows)}";
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
        if (tx is not null) await tx.CommitAsync(ct);
    }
}
