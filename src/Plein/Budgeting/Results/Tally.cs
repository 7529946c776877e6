using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;

namespace Plein.Budgeting.Results;

/// <summary>
/// Counts the ballots that count (online, and paper ballots a second official confirmed) and picks the winners:
/// most votes first; on equal votes the cheaper project, then the title; a project is funded when its cost fits what
/// is left of the budget. The input hash is over the ballots as sorted lines of project ids (independent of the order
/// they came in), so anyone with the data reproduces both hashes.
/// </summary>
internal sealed class Tally(PleinDb db)
{
    internal sealed record ProjectResult(Guid Id, string Title, decimal Cost, int Votes, bool Funded);

    internal sealed record Outcome(Budget Budget, IReadOnlyList<ProjectResult> Projects, int Ballots, decimal Spent, string InputHash, string ResultHash);

    /// <summary>One budget of a round with the name of its wijk (null: city-wide).</summary>
    internal sealed record AreaOutcome(string? Area, Outcome Outcome);

    /// <summary>
    /// Every budget voted on in the same process phase as this one: the city-wide budgets first, then the wijken by
    /// name, each counted on its own with its own hashes. National, like <see cref="RunAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<AreaOutcome>?> RunRoundAsync(Guid budgetId, CancellationToken ct)
    {
        if (await db.National<Budget>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == budgetId, ct) is not { } budget) return null;
        var round = await db.National<Budget>().AsNoTracking().Where(b => b.ProcessId == budget.ProcessId && b.VotingPhaseId == budget.VotingPhaseId)
            .Select(b => new { b.Id, b.AreaId }).ToListAsync(ct);
        var areaIds = round.Where(b => b.AreaId != null).Select(b => b.AreaId!.Value).ToList();
        var names = await db.National<Platform.Verification.Census.CensusArea>().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var outcomes = new List<AreaOutcome>();
        foreach (var b in round) outcomes.Add(new(b.AreaId is { } a ? names.GetValueOrDefault(a, "") : null, (await RunAsync(b.Id, ct))!));
        return [.. outcomes.OrderBy(o => o.Area is not null).ThenBy(o => o.Area, StringComparer.Ordinal).ThenBy(o => o.Outcome.Budget.CreatedAt)];
    }

    /// <summary>National by design: the command runs outside any organisation, by budget id.</summary>
    public async Task<Outcome?> RunAsync(Guid budgetId, CancellationToken ct)
    {
        if (await db.National<Budget>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == budgetId, ct) is not { } budget) return null;
        var projects = await ProjectsAsync(budgetId, ct);
        var (lines, votes) = await ReadAsync(budgetId, projects, ct);
        return Decide(budget, projects, votes, [.. lines.Values.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Every counted ballot as its receipt and its line, in the order of the lines: published with the result, so a voter
    /// finds their own ballot by its receipt and anyone recomputes the input hash from the lines.
    /// </summary>
    public async Task<IReadOnlyList<(string Receipt, string Line)>> BallotLinesAsync(Guid budgetId, CancellationToken ct)
    {
        var (lines, _) = await ReadAsync(budgetId, await ProjectsAsync(budgetId, ct), ct);
        var receipts = await db.National<Ballot>().Where(b => b.BudgetId == budgetId).Select(b => new { b.Id, b.Receipt }).ToDictionaryAsync(b => b.Id, b => b.Receipt, ct);
        return [.. lines.Select(l => (receipts[l.Key], l.Value)).OrderBy(l => l.Value, StringComparer.Ordinal).ThenBy(l => l.Item1, StringComparer.Ordinal)];
    }

    private Task<List<BudgetProject>> ProjectsAsync(Guid budgetId, CancellationToken ct) =>
        db.National<BudgetProject>().AsNoTracking().Where(p => p.BudgetId == budgetId && p.Status == ProjectStatus.Haalbaar).ToListAsync(ct);

    /// <summary>Each counted ballot's line (its project ids, sorted) and the votes per project. Read without ORDER BY:
    /// sorting 750,000 rows in the database costs more than grouping them here.</summary>
    private async Task<(Dictionary<Guid, string> Lines, Dictionary<Guid, int> Votes)> ReadAsync(Guid budgetId, IReadOnlyList<BudgetProject> projects, CancellationToken ct)
    {
        var counted = (await db.National<Ballot>().Where(b => b.BudgetId == budgetId && (b.Channel == BallotChannel.Online || b.ConfirmedBy != null))
            .Select(b => b.Id).ToListAsync(ct)).ToHashSet();
        var rows = db.National<BallotChoice>().AsNoTracking().Where(c => c.BudgetId == budgetId).Select(c => new { c.BallotId, c.ProjectId }).AsAsyncEnumerable();
        var votes = projects.ToDictionary(p => p.Id, _ => 0);
        // Each project's id as text once, not once per choice.
        var names = projects.ToDictionary(p => p.Id, p => p.Id.ToString("N"));
        var ballots = new Dictionary<Guid, List<string>>(counted.Count);
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (!counted.Contains(row.BallotId)) continue;
            if (!ballots.TryGetValue(row.BallotId, out var chosen)) ballots[row.BallotId] = chosen = new List<string>(4);
            chosen.Add(names.TryGetValue(row.ProjectId, out var name) ? name : row.ProjectId.ToString("N"));
            if (votes.TryGetValue(row.ProjectId, out var count)) votes[row.ProjectId] = count + 1;
        }
        var lines = new Dictionary<Guid, string>(ballots.Count);
        foreach (var (ballot, chosen) in ballots)
        {
            chosen.Sort(StringComparer.Ordinal);
            lines[ballot] = string.Join(',', chosen);
        }
        return (lines, votes);
    }

    public static Outcome Decide(Budget budget, IReadOnlyList<BudgetProject> projects, IReadOnlyDictionary<Guid, int> votes, IReadOnlyList<string> sortedBallotLines)
    {
        var left = budget.Total;
        var results = new List<ProjectResult>();
        foreach (var p in projects.OrderByDescending(p => votes.GetValueOrDefault(p.Id)).ThenBy(p => p.Cost).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id))
        {
            var count = votes.GetValueOrDefault(p.Id);
            var funded = count > 0 && p.Cost <= left;
            if (funded) left -= p.Cost;
            results.Add(new(p.Id, p.Title, p.Cost, count, funded));
        }
        // A wijk's budget names its area: who could vote is part of the input. A city-wide budget's line is as before area budgets existed.
        var input = new StringBuilder().Append(FormattableString.Invariant($"{budget.Id:N};{budget.Rule};{budget.Total:0.00}"))
            .Append(budget.AreaId is { } area ? FormattableString.Invariant($";{area:N}") : "").Append('\n');
        // Titles too: they break ties, so they are part of what decided the result.
        foreach (var p in projects.OrderBy(p => p.Id)) input.Append(FormattableString.Invariant($"{p.Id:N};{p.Cost:0.00};{p.Title}\n"));
        foreach (var l in sortedBallotLines) input.Append(l).Append('\n');
        var output = new StringBuilder();
        foreach (var r in results) output.Append(FormattableString.Invariant($"{r.Id:N};{r.Votes};{(r.Funded ? 1 : 0)}\n"));
        return new(budget, results, sortedBallotLines.Count, budget.Total - left, Hash(input.ToString()), Hash(output.ToString()));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
