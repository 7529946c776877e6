using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Participation.Comments;

/// <summary>One page of top-level comments with all their replies, in two queries (no N+1), with author names.</summary>
internal sealed class CommentThread(PleinDb db)
{
    public const int PageSize = 20;

    internal sealed record Item(Comment Comment, string Author, IReadOnlyList<Item> Replies);
    internal sealed record Page(IReadOnlyList<Item> Items, int Total, int PageNumber, int PageCount);

    public async Task<Page> LoadAsync(Guid proposalId, int page, CancellationToken ct)
    {
        var top = db.Set<Comment>().AsNoTracking().Where(c => c.ProposalId == proposalId && c.ParentId == null);
        var total = await top.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var roots = await top.OrderBy(c => c.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var rootIds = roots.Select(c => c.Id).ToList();
        var replies = await db.Set<Comment>().AsNoTracking().Where(c => c.ParentId != null && rootIds.Contains(c.ParentId.Value))
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var authorIds = roots.Concat(replies).Select(c => c.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Item ToItem(Comment c, IReadOnlyList<Item> children) => new(c, names.GetValueOrDefault(c.AuthorId, ""), children);
        var items = roots.Select(r => ToItem(r, replies.Where(x => x.ParentId == r.Id).Select(x => ToItem(x, [])).ToList())).ToList();
        return new Page(items, total, page, pageCount);
    }
}
