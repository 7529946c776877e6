using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation.Proposals;

/// <summary>
/// Support a proposal: one per person (unique index) and at most the phase's limit per process (unique slot), so
/// double clicks, retries and parallel requests store exactly one support and never exceed the limit.
/// </summary>
internal sealed class SupportProposal(PleinDb db, TimeProvider clock)
{
    internal enum Outcome { Supported, AlreadySupported, LimitReached }

    /// <summary>May this person support this proposal now? Blocked people, the phase, the level, the limit and account age.</summary>
    public async Task<ParticipationPermissions.Decision> DecideAsync(Process process, Proposal proposal, PleinUser user, VerificationLevel level, CancellationToken ct)
    {
        if (await db.Set<Comments.BlockedUser>().AnyAsync(b => b.UserId == user.Id, ct)) return ParticipationPermissions.Decision.No(Comments.PostComment.Blocked);
        var used = await db.Set<Support>().CountAsync(s => s.ProcessId == process.Id && s.UserId == user.Id, ct);
        var decision = ParticipationPermissions.CanSupport(process, process.PhaseOn(Organisation.Today), proposal, level, used);
        return decision.Allowed ? ParticipationPermissions.TooNew(process, user, clock.GetUtcNow()) ?? decision : decision;
    }

    public async Task<Outcome> RunAsync(Proposal proposal, Guid userId, int? limit, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await db.Set<Support>().AnyAsync(s => s.ProposalId == proposal.Id && s.UserId == userId, ct)) return Outcome.AlreadySupported;
            var used = await db.Set<Support>().Where(s => s.ProcessId == proposal.ProcessId && s.UserId == userId).Select(s => s.Slot).ToListAsync(ct);
            var slot = Enumerable.Range(1, used.Count + 1).First(n => !used.Contains(n));
            if (limit is { } max && slot > max) return Outcome.LimitReached;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Set<Support>().Add(new Support
            {
                Id = Guid.NewGuid(), ProcessId = proposal.ProcessId, ProposalId = proposal.Id, UserId = userId, Slot = slot, CreatedAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(ct);
                await db.Set<Proposal>().Where(p => p.Id == proposal.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.SupportCount, p => p.SupportCount + 1), ct);
                await tx.CommitAsync(ct);
                return Outcome.Supported;
            }
            catch (DbUpdateException)
            {
                // Someone (most likely this same person, in another request) took that slot or support first: look again.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        return await db.Set<Support>().AnyAsync(s => s.ProposalId == proposal.Id && s.UserId == userId, ct) ? Outcome.AlreadySupported : Outcome.LimitReached;
    }
}
