using System.Text;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Participation.Proposals;

/// <summary>
/// Full-text search in a process's proposals: SQLite FTS5 (prefix matching, accents ignored) or PostgreSQL tsvector
/// with the Dutch stemmer. Raw SQL passes the EF tenant filter by, so the organisation is part of every query.
/// </summary>
internal sealed class ProposalSearch(PleinDb db)
{
    public const int MaxResults = 200;

    /// <summary>Ids of matching proposals, best match first; empty for a query without words.</summary>
    public async Task<IReadOnlyList<Guid>> FindAsync(Guid processId, string query, CancellationToken ct)
    {
        var organisationId = db.CurrentOrganisationId;
        var words = Words(query);
        if (words.Count == 0) return [];
        if (db.Database.IsNpgsql())
        {
            var text = string.Join(' ', words);
            return await db.Database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM "Proposals"
                WHERE "OrganisationId" = {organisationId} AND "ProcessId" = {processId}
                  AND "SearchVector" @@ plainto_tsquery('dutch', {text})
                ORDER BY ts_rank("SearchVector", plainto_tsquery('dutch', {text})) DESC
                LIMIT {MaxResults}
                """).ToListAsync(ct);
        }
        // Every word quoted (so nothing in it is FTS syntax) and matched as a prefix: "speeltuin" finds "speeltuinen".
        var match = string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "", StringComparison.Ordinal) + "\"*"));
        return await db.Database.SqlQuery<Guid>($"""
            SELECT p."Id" AS "Value" FROM "ProposalSearch" s JOIN "Proposals" p ON p.rowid = s.rowid
            WHERE "ProposalSearch" MATCH {match} AND p."OrganisationId" = {organisationId} AND p."ProcessId" = {processId}
            ORDER BY s.rank
            LIMIT {MaxResults}
            """).ToListAsync(ct);
    }

    /// <summary>Letters and digits only, at most 10 words of at most 40 characters.</summary>
    public static List<string> Words(string query)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in query.Length > 400 ? query[..400] : query)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words.Where(w => w.Length is > 1 and <= 40).Take(10).ToList();
    }
}
