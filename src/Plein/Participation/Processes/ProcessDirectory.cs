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

    private static ProcessInfo Info(Process p) =>
        new(p.Id, p.Title, p.Published, p.CensusAreaId, [.. p.Phases.OrderBy(x => x.Starts).Select(x => new PhaseInfo(x.Id, x.Name, x.Starts, x.Ends))]);
}
