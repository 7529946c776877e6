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
internal sealed class Budgets(PleinDb db, IProcesses processes, NodeCache cache)
{
    private static readonly Type[] ReadsFrom =
        [typeof(Budget), typeof(BudgetProject), typeof(Participation.Process), typeof(Platform.Verification.Census.CensusArea)];

    /// <summary>
    /// <see cref="LoadAsync"/> as this node keeps it (ADR 0040) until a budget, project, process or wijk is saved, or for
    /// ten seconds: the ballot reads it on every cast. Whether ballots are in can be as old; pages that lock the rules on
    /// that load afresh.
    /// </summary>
    public Task<BudgetContext?> KeptAsync(Guid id, CancellationToken ct) =>
        cache.GetAsync(("budget", db.CurrentOrganisationId, id), ReadsFrom, () => LoadAsync(id, ct));

    /// <summary>
    /// Three reads: the budget with the others of its round (the same process phase) and whether ballots are in, its
    /// process, and its projects; the names of the wijken only when the round has them. The ballot reads this on every cast.
    /// </summary>
    public async Task<BudgetContext?> LoadAsync(Guid id, CancellationToken ct)
    {
        var round = await db.Set<Budget>().AsNoTracking()
            .Where(r => db.Set<Budget>().Any(b => b.Id == id && b.ProcessId == r.ProcessId && b.VotingPhaseId == r.VotingPhaseId))
            .OrderBy(b => b.AreaId != null).ThenBy(b => b.CreatedAt)
            .Select(b => new { Budget = b, HasBallots = b.Id == id && db.Set<Ballots.Ballot>().Any(x => x.BudgetId == b.Id) })
            .ToListAsync(ct);
        if (round.Find(r => r.Budget.Id == id) is not { } own) return null;
        var budget = own.Budget;
        if (await processes.FindAsync(budget.ProcessId, ct) is not { } process || process.Phase(budget.VotingPhaseId) is not { } phase) return null;
        var projects = await db.Set<BudgetProject>().AsNoTracking().Where(p => p.BudgetId == id).OrderBy(p => p.Title).ToListAsync(ct);
        var budgets = round.ConvertAll(r => r.Budget);
        var areaIds = budgets.Where(b => b.AreaId != null).Select(b => b.AreaId!.Value).ToList();
        var names = areaIds.Count == 0 ? [] : await db.Set<Platform.Verification.Census.CensusArea>().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return new(budget, process, phase, projects, own.HasBallots, new BudgetRound(budgets, names));
    }
}
