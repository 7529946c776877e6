using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation.Comments;

/// <summary>Post a comment or a reply: phase and level checks, a honeypot against bots, and at most 5 per minute per account.</summary>
internal sealed class PostComment(PleinDb db, CurrentUser me, Verifier verifier, TimeProvider clock, Notifications.Notifier notifier)
{
    public const int PerMinute = 5;
    public const string Blocked = "Een moderator heeft u geblokkeerd. U kunt hier niet meer meedoen.";

    internal enum Problem { None, Refused, BadParent, TooFast }

    internal sealed record Result(Comment? Comment, string? Error, Problem Kind = Problem.None);

    public async Task<Result> RunAsync(Proposal proposal, Guid? parentId, string body, string? honeypot, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return new(null, "Log in om te reageren.", Problem.Refused);
        var process = await db.Set<Process>().AsNoTracking().FirstAsync(p => p.Id == proposal.ProcessId, ct);
        var phase = process.PhaseOn(Organisation.Today);
        var decision = ParticipationPermissions.CanComment(process, phase, await verifier.LevelAsync(loaded, process.CensusAreaId, process.Id, phase?.CommentLevel ?? default, ct));
        if (!decision.Allowed) return new(null, decision.NeedsLevel is null ? decision.Reason : "U kunt hier nog niet reageren: uw account voldoet niet aan wat nodig is.", Problem.Refused);
        if (await db.Set<BlockedUser>().AnyAsync(b => b.UserId == loaded.User.Id, ct)) return new(null, Blocked, Problem.Refused);
        if (ParticipationPermissions.TooNew(process, loaded.User, clock.GetUtcNow()) is { } tooNew) return new(null, tooNew.Reason, Problem.Refused);
        // Only bots fill in the hidden field; they get the same answer as everyone, but nothing is stored.
        if (!string.IsNullOrEmpty(honeypot)) return new(null, null);
        Comment? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == pid && c.ProposalId == proposal.Id, ct);
            if (parent is null) return new(null, "Deze reactie bestaat niet meer.", Problem.BadParent);
            if (parent.ParentId is not null) return new(null, "U kunt alleen op een reactie reageren, niet op een antwoord.", Problem.BadParent);
        }
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-1);
        if (await db.Set<Comment>().CountAsync(c => c.AuthorId == loaded.User.Id && c.CreatedAt > since, ct) >= PerMinute)
            return new(null, "U plaatst veel reacties kort na elkaar. Wacht een minuut en probeer het opnieuw.", Problem.TooFast);
        var comment = new Comment { Id = Guid.NewGuid(), ProposalId = proposal.Id, ParentId = parentId, AuthorId = loaded.User.Id, Body = body.Trim(), CreatedAt = now };
        db.Add(comment);
        if (parent is not null) await notifier.CommentRepliedAsync(parent, comment, proposal, ct);
        await db.SaveChangesAsync(ct);
        return new(comment, null);
    }
}
