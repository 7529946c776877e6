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

    /// <summary>
    /// Matching proposals (every word must match), best first, at most <paramref name="limit"/>; empty for a query
    /// without words. Each is read as its card on the index (<see cref="ProposalListing.Card"/>, without the time it was
    /// written) with the theme and wijk it can be filtered on: the search reads those rows anyway, so the index needs no
    /// second query.
    /// </summary>
    /// <param name="withWithdrawn">Also withdrawn proposals; without, every one found is one the index lists unfiltered.</param>
    /// <param name="limit">As many as the page shown needs: the database stops there (a common word matches thousands).</param>
    public Task<IReadOnlyList<Proposal>> FindAsync(Guid processId, string query, bool withWithdrawn, CancellationToken ct, int limit = MaxResults) =>
        SearchAsync(processId, Words(query), anyWord: false, withWithdrawn, Math.Clamp(limit, 1, MaxResults), ct);

    /// <summary>
    /// How many proposals <see cref="FindAsync"/> can list, counted up to one more than <see cref="MaxResults"/>: the
    /// pages stop there, and the one more tells the page to ask for a sharper query.
    /// </summary>
    public async Task<int> CountAsync(Guid processId, string query, bool withWithdrawn, CancellationToken ct)
    {
        var words = Words(query);
        if (words.Count == 0) return 0;
        // Every pass below looks in part of what the last one does: a prefix of every word in title or text.
        var (from, matches, term) = db.Database.IsNpgsql()
            ? (PostgresFrom, PostgresMatches, PostgresQuery(words, anyWord: false, inTitle: false))
            : (SqliteFrom, SqliteMatches, SqliteMatch(words, anyWord: false, inTitle: false, prefix: true));
        var sql = $$"""SELECT count(*) AS "Value" FROM (SELECT 1 FROM {{from}} WHERE {{matches}} {{InScope}} LIMIT {4}) AS found""";
        return (int)await db.Database.SqlQueryRaw<long>(sql, term, db.CurrentOrganisationId, processId, withWithdrawn, MaxResults + 1).SingleAsync(ct);
    }

    /// <summary>Proposals that share telling words with a new one's title: the hint "lijkt op" while writing.</summary>
    public async Task<IReadOnlyList<Guid>> SimilarAsync(Guid processId, string title, int count, CancellationToken ct) =>
        (await SearchAsync(processId, Words(title).Where(w => w.Length > 2 && !Filler.Contains(w)).ToList(), anyWord: true, withWithdrawn: true, count, ct))
            .Select(p => p.Id).ToList();

    private async Task<IReadOnlyList<Proposal>> SearchAsync(Guid processId, List<string> words, bool anyWord, bool withWithdrawn, int limit, CancellationToken ct)
    {
        var where = new Scope(db.CurrentOrganisationId, processId, withWithdrawn);
        if (words.Count == 0) return [];
        // The passes, best matches first: each lists its matches newest first, so the database stops at the limit.
        List<Func<int, Task<List<Proposal>>>> passes;
        if (db.Database.IsNpgsql())
        {
            if (anyWord) return await PostgresAsync(PostgresQuery(words, anyWord, inTitle: false), byRank: true, where, limit, ct);
            passes = [n => PostgresAsync(PostgresQuery(words, anyWord, inTitle: true), false, where, n, ct), n => PostgresAsync(PostgresQuery(words, anyWord, inTitle: false), false, where, n, ct)];
        }
        else
        {
            if (anyWord) return await SqliteAsync(SqliteMatch(words, anyWord, inTitle: false, prefix: true), byRank: true, where, limit, ct);
            // A prefix in the title costs FTS5 five times a whole word (1.8 against 0.3 ms for a common word at 100,000 proposals).
            passes = [n => SqliteAsync(SqliteMatch(words, anyWord, inTitle: true, prefix: false), false, where, n, ct),
                n => SqliteAsync(SqliteMatch(words, anyWord, inTitle: true, prefix: true), false, where, n, ct),
                n => SqliteAsync(SqliteMatch(words, anyWord, inTitle: false, prefix: true), false, where, n, ct)];
        }
        // Ranking every match of a common word took 30 ms at 100,000 proposals (bm25 on SQLite, ts_rank on PostgreSQL).
        // Matches in the title come first (whole words before longer ones on SQLite), then those in the text.
        var found = new List<Proposal>();
        var seen = new HashSet<Guid>();
        foreach (var pass in passes)
        {
            if (found.Count >= limit) break;
            var more = await pass(limit + found.Count);
            found.AddRange(more.Where(p => seen.Add(p.Id)).Take(limit - found.Count).ToList());
        }
        return found;
    }

    /// <summary>Words are letters and digits only, so joining them with &amp; or | cannot form other tsquery syntax; :A is the title's weight.</summary>
    private static string PostgresQuery(List<string> words, bool anyWord, bool inTitle) =>
        string.Join(anyWord ? " | " : " & ", words.Select(w => inTitle ? w + ":A" : w));

    /// <summary>Every word quoted (so nothing in it is FTS syntax); as a prefix "speeltuin" also finds "speeltuinen".</summary>
    private static string SqliteMatch(List<string> words, bool anyWord, bool inTitle, bool prefix)
    {
        var match = string.Join(anyWord ? " OR " : " ", words.Select(w => "\"" + w.Replace("\"", "", StringComparison.Ordinal) + (prefix ? "\"*" : "\"")));
        return inTitle ? "{Title} : (" + match + ")" : match;
    }

    // Fixed SQL around the parameters: {0} the search term, then the scope's organisation, process and withdrawn, {4} the limit.
    private const string PostgresFrom = "\"Proposals\" p", PostgresMatches = "p.\"SearchVector\" @@ to_tsquery('dutch', {0})";
    private const string SqliteFrom = "\"ProposalSearch\" s JOIN \"Proposals\" p ON p.rowid = s.rowid", SqliteMatches = "\"ProposalSearch\" MATCH {0}";
    private const string InScope = "AND p.\"OrganisationId\" = {1} AND p.\"ProcessId\" = {2} AND ({3} OR p.\"Status\" <> 'Ingetrokken')";

    private Task<List<Proposal>> PostgresAsync(string query, bool byRank, Scope where, int limit, CancellationToken ct) =>
        HitsAsync(PostgresFrom, PostgresMatches, byRank ? "ts_rank(p.\"SearchVector\", to_tsquery('dutch', {0})) DESC" : "p.\"CreatedAt\" DESC, p.\"Id\" DESC", query, where, limit, ct);

    private Task<List<Proposal>> SqliteAsync(string match, bool byRank, Scope where, int limit, CancellationToken ct) =>
        HitsAsync(SqliteFrom, SqliteMatches, byRank ? "s.rank" : "s.rowid DESC", match, where, limit, ct);

    /// <summary>The cards of the matches, in the order asked (fixed SQL, as above). The status is read as its stored text.</summary>
    private async Task<List<Proposal>> HitsAsync(string from, string matches, string order, string term, Scope where, int limit, CancellationToken ct)
    {
        var sql = $$"""
            SELECT p."Id", p."Title", p."Status", p."SupportCount", p."Theme", p."AreaId" FROM {{from}}
            WHERE {{matches}} {{InScope}}
            ORDER BY {{order}} LIMIT {4}
            """;
        return Cards(await db.Database.SqlQueryRaw<Hit>(sql, term, where.OrganisationId, where.ProcessId, where.WithWithdrawn, limit).ToListAsync(ct));
    }

    private static List<Proposal> Cards(List<Hit> hits) => hits.ConvertAll(h => new Proposal
    {
        Id = h.Id, Title = h.Title, Status = Enum.Parse<ProposalStatus>(h.Status), SupportCount = h.SupportCount, Theme = h.Theme, AreaId = h.AreaId,
    });

    /// <summary>A match as <see cref="HitsAsync"/> reads it. Raw SQL gets no value converters: the status is its stored text,
    /// and the time it was written is left out (SQLite stores it as a number).</summary>
    private sealed class Hit
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string Status { get; init; } = "";
        public int SupportCount { get; init; }
        public string? Theme { get; init; }
        public Guid? AreaId { get; init; }
    }

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
