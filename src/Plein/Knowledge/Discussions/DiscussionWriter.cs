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

    /// <summary>The reply and the discussion's counter in one save; when two replies meet, the later one reads the counter again.</summary>
    public async Task<Post> ReplyAsync(Guid discussionId, Participants.Participant author, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var post = new Post { Id = Guid.NewGuid(), DiscussionId = discussionId, AuthorId = author.UserId, Affiliation = author.Affiliation, Body = body.Trim(), CreatedAt = now };
        for (var attempt = 0; ; attempt++)
        {
            var discussion = await db.Set<Discussion>().SingleAsync(d => d.Id == discussionId, ct);
            discussion.ReplyCount++;
            discussion.LastPostAt = now > discussion.LastPostAt ? now : discussion.LastPostAt.AddTicks(1);
            if (db.Entry(post).State == EntityState.Detached) db.Add(post);
            try
            {
                await db.SaveChangesAsync(ct);
                return post;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.Entry(discussion).State = EntityState.Detached;
            }
        }
    }
}
