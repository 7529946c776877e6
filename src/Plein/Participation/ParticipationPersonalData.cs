using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Comments;
using Plein.Platform.Accounts;

namespace Plein.Participation;

/// <summary>
/// A person's proposals, supports, comments and reports: all in the export. Proposals and supports are contributions
/// others built on (supports, official answers, counts), so erasing the account keeps them under "verwijderde gebruiker".
/// Comments are conversation: their text goes, as when the author deletes one, and their place in the thread stays.
/// Reports stay until their retention term (they are part of moderating a comment). Follows, mail preferences and a
/// moderator's block go.
/// </summary>
internal sealed class ParticipationPersonalData(PleinDb db, TimeProvider clock) : IPersonalDataSource
{
    public string Section => "participatie";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        // The person's own rows in every organisation: national by design (AVG access request).
        var proposals = await db.National<Proposal>().AsNoTracking().Where(p => p.AuthorId == userId)
            .Select(p => new { p.Id, p.Title, p.Body, p.Theme, p.Address, p.Latitude, p.Longitude, Status = p.Status.ToString(), p.CreatedAt }).ToListAsync(ct);
        var proposalIds = proposals.Select(p => p.Id).ToList();
        var attachments = await db.National<ProposalAttachment>().AsNoTracking().Where(a => proposalIds.Contains(a.ProposalId))
            .Join(db.Files.IgnoreQueryFilters(), a => a.FileId, f => f.Id, (a, f) => new { a.ProposalId, f.FileName, f.ContentType, f.Length }).ToListAsync(ct);
        var supports = await db.National<Support>().AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.ProposalId, s.CreatedAt }).ToListAsync(ct);
        var comments = await db.National<Comment>().AsNoTracking().Where(c => c.AuthorId == userId)
            .Select(c => new { c.Id, c.ProposalId, c.Body, c.CreatedAt, c.DeletedAt }).ToListAsync(ct);
        var reports = await db.National<CommentReport>().AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new { r.CommentId, r.Reason, r.CreatedAt }).ToListAsync(ct);
        var follows = await db.National<Notifications.Follow>().AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.ProposalId, f.CreatedAt }).ToListAsync(ct);
        var mail = await db.Set<Notifications.NotificationSettings>().AsNoTracking().Where(s => s.UserId == userId).Select(s => new { s.Answers, s.Replies, s.Phases }).FirstOrDefaultAsync(ct);
        return new { proposals, attachments, supports, comments, reports, follows, mail };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.National<Comment>().Where(c => c.AuthorId == userId && c.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, now), ct);
        await db.National<Comment>().Where(c => c.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Body, ""), ct);
        await db.National<BlockedUser>().Where(b => b.UserId == userId).ExecuteDeleteAsync(ct);
        await db.National<Notifications.Follow>().Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<Notifications.NotificationSettings>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
