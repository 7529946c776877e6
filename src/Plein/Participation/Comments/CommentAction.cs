using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Participation.Comments;

/// <summary>The comment a reply/edit/report page is about, with its proposal and the page's way back.</summary>
internal sealed record CommentContext(Comment Comment, Proposal Proposal, string Author)
{
    public static async Task<CommentContext?> LoadAsync(PleinDb db, Guid commentId, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null) return null;
        var published = db.Set<Process>().Where(p => p.Published).Select(p => p.Id);
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == comment.ProposalId && published.Contains(p.ProcessId), ct);
        if (proposal is null) return null;
        var author = await db.Users.Where(u => u.Id == comment.AuthorId).Select(u => u.DisplayName).FirstAsync(ct);
        return new CommentContext(comment, proposal, author);
    }

    public string Back(string slug) => $"/{slug}/voorstellen/{Proposal.Id}#reactie-{Comment.Id}";
}
