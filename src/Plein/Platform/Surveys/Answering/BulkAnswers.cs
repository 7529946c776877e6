using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Plein.Data;

namespace Plein.Platform.Surveys.Answering;

/// <summary>
/// Writes many answers without tracking an entity for each: for demo data and imports, where tens of thousands of rows
/// would otherwise take seconds. SQLite gets one prepared statement run per row (cheapest there, in-process);
/// PostgreSQL gets multi-row statements (fewest round trips). The caller counts the tally afterwards.
/// </summary>
internal static class BulkAnswers
{
    private const int RowsPerStatement = 400;
    private static readonly string[] Names = ["$o", "$s", "$r", "$k", "$row", "$v"];
    private const string Insert = "INSERT INTO \"SurveyAnswers\" (\"OrganisationId\", \"SurveyId\", \"ResponseId\", \"QuestionKey\", \"Row\", \"Value\") VALUES ";

    public static async Task InsertAsync(PleinDb db, IReadOnlyList<SurveyAnswer> answers, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (db.Database.IsSqlite()) await PreparedAsync(db, answers, ct);
        else await MultiRowAsync(db, answers, ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    private static async Task PreparedAsync(PleinDb db, IReadOnlyList<SurveyAnswer> answers, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = Insert + "($o, $s, $r, $k, $row, $v)";
        var parameters = Names.Select(name =>
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var a in answers)
        {
            // EF stores a Guid in SQLite as upper-case text.
            Set(parameters, a.OrganisationId.ToString().ToUpperInvariant(), a.SurveyId.ToString().ToUpperInvariant(), a.ResponseId.ToString().ToUpperInvariant(), a.QuestionKey, a.Row, a.Value);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static void Set(DbParameter[] parameters, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i];
    }

    private static async Task MultiRowAsync(PleinDb db, IReadOnlyList<SurveyAnswer> answers, CancellationToken ct)
    {
        foreach (var chunk in answers.Chunk(RowsPerStatement))
        {
            var values = new List<object>(chunk.Length * 6);
            var rows = new List<string>(chunk.Length);
            foreach (var a in chunk)
            {
                var n = values.Count;
                rows.Add($"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, {{{n + 5}}})");
                values.AddRange([a.OrganisationId, a.SurveyId, a.ResponseId, a.QuestionKey, a.Row, a.Value]);
            }
            // Only placeholders are put into the text; every value is a parameter.
            var sql = Insert + string.Join(", ", rows);
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }
    }
}
