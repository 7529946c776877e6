using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Plein.Participation.Proposals;

internal enum ProposalOrder { Newest, MostSupported, Random }

/// <summary>
/// Keyset paging of proposals: a page starts after (or ends before) the last row seen, so page 5,000 costs what page 1
/// costs and nothing repeats or goes missing while proposals are added. The random order is a stable shuffle (by id).
/// </summary>
internal static class ProposalListing
{
    public sealed record Page(IReadOnlyList<Proposal> Rows, string? Next, string? Previous);

    /// <param name="cardsOnly">Read only the <see cref="Card"/>.</param>
    public static async Task<Page> ReadAsync(IQueryable<Proposal> query, ProposalOrder order, string? after, string? before, int size, CancellationToken ct, bool cardsOnly = false)
    {
        // A cursor that does not parse (an edited link) gives the first page.
        Cursor? from = Cursor.TryParse(after, out var a) ? a : null;
        var backwards = false;
        if (from is null && Cursor.TryParse(before, out var b)) (from, backwards) = (b, true);
        if (from is { } f) query = backwards ? Before(query, order, f) : After(query, order, f);
        var sorted = Sorted(query, order, backwards).Take(size + 1);
        if (cardsOnly) sorted = sorted.Select(Card);
        var rows = await sorted.ToListAsync(ct);
        var more = rows.Count > size;
        rows = rows.Take(size).ToList();
        if (backwards) rows.Reverse();
        if (rows.Count == 0) return new Page(rows, null, null);
        var next = backwards ? from is not null : more;
        var previous = backwards ? more : from is not null;
        return new Page(rows, next ? Cursor.Of(rows[^1]) : null, previous ? Cursor.Of(rows[0]) : null);
    }

    /// <summary>Only what a card on the index shows (title, status, supports) and paging needs; the rest of the proposal stays empty.</summary>
    public static readonly Expression<Func<Proposal, Proposal>> Card =
        p => new Proposal { Id = p.Id, Title = p.Title, Status = p.Status, SupportCount = p.SupportCount, CreatedAt = p.CreatedAt };

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || Cursor.TryParse(cursor, out _);

    private static IQueryable<Proposal> Sorted(IQueryable<Proposal> q, ProposalOrder order, bool reverse) => (order, reverse) switch
    {
        (ProposalOrder.MostSupported, false) => q.OrderByDescending(p => p.SupportCount).ThenByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
        (ProposalOrder.MostSupported, true) => q.OrderBy(p => p.SupportCount).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id),
        (ProposalOrder.Random, false) => q.OrderBy(p => p.Id),
        (ProposalOrder.Random, true) => q.OrderByDescending(p => p.Id),
        (_, false) => q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
        (_, true) => q.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
    };

    // Each condition starts with a plain range on the first sort column, so PostgreSQL walks the index from the cursor
    // on (an OR of the columns made it read the process's proposals from the start: a deep page took 2.5 ms, not 0.8).
    private static IQueryable<Proposal> After(IQueryable<Proposal> q, ProposalOrder order, Cursor c) => order switch
    {
        ProposalOrder.MostSupported => q.Where(p => p.SupportCount <= c.Support
            && (p.SupportCount < c.Support || (p.CreatedAt <= c.At && (p.CreatedAt < c.At || p.Id.CompareTo(c.Id) < 0)))),
        ProposalOrder.Random => q.Where(p => p.Id.CompareTo(c.Id) > 0),
        _ => q.Where(p => p.CreatedAt <= c.At && (p.CreatedAt < c.At || p.Id.CompareTo(c.Id) < 0)),
    };

    private static IQueryable<Proposal> Before(IQueryable<Proposal> q, ProposalOrder order, Cursor c) => order switch
    {
        ProposalOrder.MostSupported => q.Where(p => p.SupportCount >= c.Support
            && (p.SupportCount > c.Support || (p.CreatedAt >= c.At && (p.CreatedAt > c.At || p.Id.CompareTo(c.Id) > 0)))),
        ProposalOrder.Random => q.Where(p => p.Id.CompareTo(c.Id) < 0),
        _ => q.Where(p => p.CreatedAt >= c.At && (p.CreatedAt > c.At || p.Id.CompareTo(c.Id) > 0)),
    };

    /// <summary>The row a page starts after, as an opaque URL-safe token.</summary>
    private readonly record struct Cursor(int Support, DateTimeOffset At, Guid Id)
    {
        public static string Of(Proposal p) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{p.SupportCount}_{p.CreatedAt.UtcTicks}_{p.Id:N}")))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static bool TryParse(string? value, out Cursor cursor)
        {
            cursor = default;
            if (string.IsNullOrEmpty(value) || value.Length > 100) return false;
            var base64 = value.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var buffer = new byte[base64.Length];
            if (!Convert.TryFromBase64String(base64, buffer, out var length)) return false;
            var parts = Encoding.UTF8.GetString(buffer, 0, length).Split('_');
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var support)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks
                || !Guid.TryParseExact(parts[2], "N", out var id)) return false;
            cursor = new Cursor(support, new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }
    }
}
