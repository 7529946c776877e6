using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;

namespace Plein.Budgeting;

internal enum VotingState { NotYetOpen, Open, Closed }

/// <summary>A budget with its process and voting phase: whether voting is open, and whether the rules may still change.</summary>
internal sealed record BudgetContext(Budget Budget, ProcessInfo Process, PhaseInfo Phase, IReadOnlyList<BudgetProject> AllProjects, bool HasBallots, BudgetRound Round)
{
    /// <summary>The projects on the ballot: staff's, and residents' ones the review found feasible.</summary>
    public IReadOnlyList<BudgetProject> Projects { get; } = [.. AllProjects.Where(p => p.Status == ProjectStatus.Haalbaar)];

    public PhaseInfo? SubmissionPhase => Budget.SubmissionPhaseId is { } id ? Process.Phase(id) : null;

    public bool SubmissionOpen(DateOnly today) => SubmissionPhase is { } p && p.Starts <= today && today <= p.Ends && !HasBallots;

    public VotingState State(DateOnly today) => today < Phase.Starts ? VotingState.NotYetOpen : today > Phase.Ends ? VotingState.Closed : VotingState.Open;

    /// <summary>Rules, amounts and projects are fixed once voting has started or the first ballot is in.</summary>
    public bool Locked(DateOnly today) => HasBallots || today >= Phase.Starts;
}

/// <summary>Loads a budget of the current organisation with what the pages need around it.</summary>
internal sealed class Budgets(PleinDb db, IProcesses processes)
{
    public async Task<BudgetContext?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<Budget>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } budget) return null;
        if (await processes.FindAsync(budget.ProcessId, ct) is not { } process || process.Phase(budget.VotingPhaseId) is not { } phase) return null;
        var projects = await db.Set<BudgetProject>().AsNoTracking().Where(p => p.BudgetId == id).OrderBy(p => p.Title).ToListAsync(ct);
        var hasBallots = await db.Set<Ballots.Ballot>().AnyAsync(b => b.BudgetId == id, ct);
        return new(budget, process, phase, projects, hasBallots, await RoundAsync(budget, ct));
    }

    /// <summary>The budgets voted on in the same process phase, with the names of their wijken.</summary>
    public async Task<BudgetRound> RoundAsync(Budget budget, CancellationToken ct)
    {
        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == budget.ProcessId && b.VotingPhaseId == budget.VotingPhaseId)
            .OrderBy(b => b.AreaId != null).ThenBy(b => b.CreatedAt).ToListAsync(ct);
        var areaIds = budgets.Where(b => b.AreaId != null).Select(b => b.AreaId!.Value).ToList();
        var names = areaIds.Count == 0 ? [] : await db.Set<Platform.Verification.Census.CensusArea>().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return new(budgets, names);
    }
}
