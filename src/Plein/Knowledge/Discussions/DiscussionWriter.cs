using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Communities;

namespace Plein.Knowledge.Discussions;

/// <summary>Start a discussion or reply to one, at most five messages a minute per person.</summary>
internal sealed class DiscussionWriter(PleinDb db, TimeProvider clock)
{
    public const int PerMinute = 5;
    public const string TooFast = "U plaatst veel berichten kort na elkaar. Wacht een minuut en probeer het opnieuw.";

    public async Task<bool> TooFastAsync(Guid userId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddMinutes(-1);
        var posts = await db.Set<Post>().CountAsync(p => p.AuthorId == userId && p.CreatedAt > since, ct);
        var started = await db.Set<Discussion>().CountAsync(d => d.AuthorId == userId && d.CreatedAt > since, ct);
        return posts + started >= PerMinute;
    }

    public async Task<Discussion> StartAsync(Community community, Participants.Participant author, string title, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var discussion = new Discussion
        {
            Id = Guid.NewGuid(), CommunityId = community.Id, Title = title.Trim(), Body = body.Trim(), AuthorId = author.UserId, Affiliation = author.Affiliation,
            CreatedAt = now, LastPostAt = now,
        };
        db.Add(discussion);
        await db.SaveChangesAsync(ct);
        return discussion;
    }

    /// <summary>The reply and the discussion's counter in one transaction; the counter is raised in the database, so replies at the same moment all count.</summary>
    public async Task<Post> ReplyAsync(Guid discussionId, Participants.Participant author, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var post = new Post { Id = Guid.NewGuid(), DiscussionId = discussionId, AuthorId = author.UserId, Affiliation = author.Affiliation, Body = body.Trim(), CreatedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(post);
        await db.SaveChangesAsync(ct);
        await db.Set<Discussion>().Where(d => d.Id == discussionId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReplyCount, d => d.ReplyCount + 1).SetProperty(d => d.LastPostAt, d => d.LastPostAt > now ? d.LastPostAt : now), ct);
        await transaction.CommitAsync(ct);
        return post;
    }
}
