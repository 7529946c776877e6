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

    /// <summary>Common words that say nothing about what a proposal is about (PostgreSQL's 'dutch' drops its own).</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "voor", "door", "maar", "meer", "niet", "naar", "over", "deze", "dit", "wordt", "worden", "zijn", "hebben", "heeft", "onze",
        "mijn", "kunnen", "moet", "moeten", "graag", "komt", "komen", "zodat", "omdat", "waar", "welke", "alle", "veel", "nieuwe", "nieuw",
        "een", "het", "van", "met", "ook", "bij", "als", "dan", "wat", "wij", "ons", "die", "dat", "aan", "uit", "tot",
    };

    /// <summary>Ids of matching proposals (every word must match), best first; empty for a query without words.</summary>
    /// <param name="withWithdrawn">Also withdrawn proposals; without, every id found is one the index lists unfiltered.</param>
    public Task<IReadOnlyList<Guid>> FindAsync(Guid processId, string query, bool withWithdrawn, CancellationToken ct) =>
        SearchAsync(processId, Words(query), anyWord: false, withWithdrawn, MaxResults, ct);

    /// <summary>Proposals that share telling words with a new one's title: the hint "lijkt op" while writing.</summary>
    public Task<IReadOnlyList<Guid>> SimilarAsync(Guid processId, string title, int count, CancellationToken ct) =>
        SearchAsync(processId, Words(title).Where(w => w.Length > 2 && !Filler.Contains(w)).ToList(), anyWord: true, withWithdrawn: true, count, ct);

    private async Task<IReadOnlyList<Guid>> SearchAsync(Guid processId, List<string> words, bool anyWord, bool withWithdrawn, int limit, CancellationToken ct)
    {
        var where = new Scope(db.CurrentOrganisationId, processId, withWithdrawn);
        if (words.Count == 0) return [];
        // The passes, best matches first: each lists its matches newest first, so the database stops at the limit.
        List<Func<int, Task<List<Guid>>>> passes;
        if (db.Database.IsNpgsql())
        {
            // Words are letters and digits only, so joining them with & or | cannot form other tsquery syntax; :A is the title's weight.
            string Query(bool inTitle) => string.Join(anyWord ? " | " : " & ", words.Select(w => inTitle ? w + ":A" : w));
            if (anyWord) return await PostgresAsync(Query(false), byRank: true, where, limit, ct);
            passes = [n => PostgresAsync(Query(true), false, where, n, ct), n => PostgresAsync(Query(false), false, where, n, ct)];
        }
        else
        {
            // Every word quoted (so nothing in it is FTS syntax); as a prefix "speeltuin" also finds "speeltuinen".
            string Match(bool inTitle, bool prefix)
            {
                var match = string.Join(anyWord ? " OR " : " ", words.Select(w => "\"" + w.Replace("\"", "", StringComparison.Ordinal) + (prefix ? "\"*" : "\"")));
                return inTitle ? "{Title} : (" + match + ")" : match;
            }
            if (anyWord) return await SqliteAsync(Match(false, true), byRank: true, where, limit, ct);
            // A prefix in the title costs FTS5 five times a whole word (1.8 against 0.3 ms for a common word at 100,000 proposals).
            passes = [n => SqliteAsync(Match(true, false), false, where, n, ct), n => SqliteAsync(Match(true, true), false, where, n, ct),
                n => SqliteAsync(Match(false, true), false, where, n, ct)];
        }
        // Ranking every match of a common word took 30 ms at 100,000 proposals (bm25 on SQLite, ts_rank on PostgreSQL).
        // Matches in the title come first (whole words before longer ones on SQLite), then those in the text.
        var found = new List<Guid>();
        foreach (var pass in passes)
        {
            if (found.Count >= limit) break;
            var more = await pass(limit + found.Count);
            found.AddRange(more.Except(found).Take(limit - found.Count).ToList());
        }
        return found;
    }

    private async Task<List<Guid>> PostgresAsync(string query, bool byRank, Scope where, int limit, CancellationToken ct) => byRank
        ? await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM "Proposals"
            WHERE "OrganisationId" = {where.OrganisationId} AND "ProcessId" = {where.ProcessId} AND ({where.WithWithdrawn} OR "Status" <> 'Ingetrokken')
              AND "SearchVector" @@ to_tsquery('dutch', {query})
            ORDER BY ts_rank("SearchVector", to_tsquery('dutch', {query})) DESC
            LIMIT {limit}
            """).ToListAsync(ct)
        : await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM "Proposals"
            WHERE "OrganisationId" = {where.OrganisationId} AND "ProcessId" = {where.ProcessId} AND ({where.WithWithdrawn} OR "Status" <> 'Ingetrokken')
              AND "SearchVector" @@ to_tsquery('dutch', {query})
            ORDER BY "CreatedAt" DESC, "Id" DESC
            LIMIT {limit}
            """).ToListAsync(ct);

    private async Task<List<Guid>> SqliteAsync(string match, bool byRank, Scope where, int limit, CancellationToken ct) => byRank
        ? await db.Database.SqlQuery<Guid>($"""
            SELECT p."Id" AS "Value" FROM "ProposalSearch" s JOIN "Proposals" p ON p.rowid = s.rowid
            WHERE "ProposalSearch" MATCH {match} AND p."OrganisationId" = {where.OrganisationId} AND p."ProcessId" = {where.ProcessId}
              AND ({where.WithWithdrawn} OR p."Status" <> 'Ingetrokken')
            ORDER BY s.rank LIMIT {limit}
            """).ToListAsync(ct)
        : await db.Database.SqlQuery<Guid>($"""
            SELECT p."Id" AS "Value" FROM "ProposalSearch" s JOIN "Proposals" p ON p.rowid = s.rowid
            WHERE "ProposalSearch" MATCH {match} AND p."OrganisationId" = {where.OrganisationId} AND p."ProcessId" = {where.ProcessId}
              AND ({where.WithWithdrawn} OR p."Status" <> 'Ingetrokken')
            ORDER BY s.rowid DESC LIMIT {limit}
            """).ToListAsync(ct);

    /// <summary>The rows a search looks in: raw SQL passes the EF tenant filter by, so the organisation is in the query itself.</summary>
    private sealed record Scope(Guid OrganisationId, Guid ProcessId, bool WithWithdrawn);

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
