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
internal sealed class SupportProposal(PleinDb db, SqliteWriteQueue writes, TimeProvider clock)
{
    internal enum Outcome { Supported, AlreadySupported, LimitReached }

    /// <summary>May this person support this proposal now? Blocked people, the phase, the level, the limit and account age.</summary>
    public async Task<ParticipationPermissions.Decision> DecideAsync(Process process, Proposal proposal, PleinUser user, VerificationLevel level, CancellationToken ct) =>
        await DecideAsync(process, proposal, user, level, await db.Set<Comments.BlockedUser>().AnyAsync(b => b.UserId == user.Id, ct), ct);

    /// <param name="blocked">Whether moderators blocked this person, when the caller read it already.</param>
    public async Task<ParticipationPermissions.Decision> DecideAsync(Process process, Proposal proposal, PleinUser user, VerificationLevel level, bool blocked, CancellationToken ct)
    {
        if (blocked) return ParticipationPermissions.Decision.No(Comments.PostComment.Blocked);
        var phase = process.PhaseOn(Organisation.Today);
        // Only a limit needs the person's other supports in this process.
        knownSlots = phase?.SupportLimit is null ? null : await SlotsAsync(process.Id, user.Id, ct);
        var decision = ParticipationPermissions.CanSupport(process, phase, proposal, level, knownSlots?.Count ?? 0);
        return decision.Allowed ? ParticipationPermissions.TooNew(process, user, clock.GetUtcNow()) ?? decision : decision;
    }

    /// <summary>The slots the last decision read; the first attempt uses them instead of reading them again.</summary>
    private List<int?>? knownSlots;

    private Task<List<int?>> SlotsAsync(Guid processId, Guid userId, CancellationToken ct) =>
        db.Set<Support>().Where(s => s.ProcessId == processId && s.UserId == userId).Select(s => s.Slot).ToListAsync(ct);

    /// <summary>Callers check "already supported" first; the unique indexes settle any race, and the retry says which.</summary>
    public async Task<Outcome> RunAsync(Proposal proposal, Guid userId, int? limit, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (attempt > 0 && await db.Set<Support>().AnyAsync(s => s.ProposalId == proposal.Id && s.UserId == userId, ct)) return Outcome.AlreadySupported;
            int? slot = null;
            if (limit is { } max)
            {
                // Supports from an earlier phase without a limit have no slot, but they count.
                var used = attempt == 0 && knownSlots is not null ? knownSlots : await SlotsAsync(proposal.ProcessId, userId, ct);
                if (used.Count >= max) return Outcome.LimitReached;
                slot = Enumerable.Range(1, max).First(n => !used.Contains(n));
            }
            // One autocommitted insert that stores nothing when this person's support or that slot exists already (most
            // likely from this same person, in another request); the database's trigger counts it (ADR 0037).
            if (await writes.RunAsync(db, () => InsertAsync(proposal, userId, slot, ct), ct) == 1) return Outcome.Supported;
        }
        return await db.Set<Support>().AnyAsync(s => s.ProposalId == proposal.Id && s.UserId == userId, ct) ? Outcome.AlreadySupported : Outcome.LimitReached;
    }

    private Task<int> InsertAsync(Proposal proposal, Guid userId, int? slot, CancellationToken ct) =>
        db.CurrentOrganisationId == Guid.Empty
            ? throw new InvalidOperationException("A support needs the current organisation.")
            : InsertAsync(db, db.CurrentOrganisationId, proposal.ProcessId, proposal.Id, userId, slot, clock.GetUtcNow(), ct);

    /// <summary>
    /// The support's one insert, without change tracking (EF's save of one entity cost more CPU than SQLite's insert);
    /// nothing is stored when this person's support or that slot exists already. Also the bench's baseline for a support.
    /// </summary>
    internal static Task<int> InsertAsync(PleinDb db, Guid organisationId, Guid processId, Guid proposalId, Guid userId, int? slot, DateTimeOffset at, CancellationToken ct) =>
        // A key that grows with time is added at the end of its index, not somewhere in the middle of a million.
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Supports" ("Id", "OrganisationId", "ProcessId", "ProposalId", "UserId", "Slot", "CreatedAt")
            VALUES ({Guid.CreateVersion7(at)}, {organisationId}, {processId}, {proposalId}, {userId}, {slot}, {at})
            ON CONFLICT DO NOTHING
            """, ct);
}
