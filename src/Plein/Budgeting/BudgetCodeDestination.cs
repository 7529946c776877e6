using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting;

/// <summary>A budget's voting code is typed in on its ballot; the general code page sends the voter there and leaves it unspent.</summary>
internal sealed class BudgetCodeDestination(PleinDb db, ITenantContext tenant) : IVotingCodeDestinations
{
    public async Task<string?> PageForAsync(Guid scopeId, CancellationToken ct) =>
        await db.Set<Budget>().AnyAsync(b => b.Id == scopeId, ct) ? $"/{tenant.RequiredOrganisation().Slug}/begroten/{scopeId}" : null;
}

/// <summary>A process phase a budget votes in or takes projects in stays: without it the budget has no voting period.</summary>
internal sealed class BudgetPhaseUsers(PleinDb db, ITenantContext tenant) : Participation.Contracts.IPhaseUsers
{
    public async Task<IReadOnlyList<Participation.Contracts.PhaseUser>> UsersOfAsync(Guid processId, Guid phaseId, CancellationToken ct)
    {
        var slug = tenant.RequiredOrganisation().Slug;
        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == processId && (b.VotingPhaseId == phaseId || b.SubmissionPhaseId == phaseId))
            .OrderBy(b => b.Title).Select(b => new { b.Id, b.Title }).ToListAsync(ct);
        return [.. budgets.Select(b => new Participation.Contracts.PhaseUser(b.Title, $"/{slug}/begroten/{b.Id}/beheer"))];
    }
}
