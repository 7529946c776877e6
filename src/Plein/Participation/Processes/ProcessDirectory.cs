using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;

namespace Plein.Participation.Processes;

/// <summary>Answers <see cref="IProcesses"/> from the current organisation's processes.</summary>
internal sealed class ProcessDirectory(PleinDb db) : IProcesses
{
    public async Task<ProcessInfo?> FindAsync(Guid processId, CancellationToken ct) =>
        await db.Set<Process>().AsNoTracking().Where(p => p.Id == processId && p.CollectsSupportFor == null).FirstOrDefaultAsync(ct) is { } p ? Info(p) : null;

    public async Task<IReadOnlyList<ProcessInfo>> ListAsync(CancellationToken ct) =>
        [.. (await db.Set<Process>().AsNoTracking().Where(p => p.CollectsSupportFor == null).OrderByDescending(p => p.CreatedAt).ToListAsync(ct)).Select(Info)];

    public async Task<ResidentInput?> InputAsync(Guid processId, CancellationToken ct)
    {
        if (await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.Published && p.CollectsSupportFor == null, ct) is not { } process) return null;
        var proposals = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == processId && p.Status != ProposalStatus.Ingetrokken);
        var top = await proposals.OrderByDescending(p => p.SupportCount).ThenBy(p => p.Title).Take(5).Select(p => new { p.Id, p.Title, p.SupportCount, p.Status }).ToListAsync(ct);
        var comments = await db.Set<Comments.Comment>().AsNoTracking().CountAsync(c => proposals.Any(p => p.Id == c.ProposalId) && c.DeletedAt == null && c.HiddenAt == null, ct);
        return new(process.Id, process.Title, process.Summary, await proposals.CountAsync(ct), await proposals.SumAsync(p => p.SupportCount, ct), comments,
            [.. top.Select(p => new ProposalInput(p.Id, p.Title, p.SupportCount, ParticipationModule.Text(p.Status)))], process.Outcome);
    }

    private static ProcessInfo Info(Process p) =>
        new(p.Id, p.Title, p.Published, p.CensusAreaId, [.. p.Phases.OrderBy(x => x.Starts).Select(x => new PhaseInfo(x.Id, x.Name, x.Starts, x.Ends))]);
}
