using System.Globalization;

namespace Plein.Budgeting.Ballots;

/// <summary>
/// Checks a choice of projects against the budget's rule. Each problem is a Dutch resource key with its values, so
/// the voter reads it in their language with the amounts of their choice.
/// </summary>
internal static class BallotRules
{
    internal sealed record Problem(string Key, params object[] Values);

    internal sealed record Check(IReadOnlyList<BudgetProject> Chosen, decimal Total, IReadOnlyList<Problem> Problems)
    {
        public bool Valid => Problems.Count == 0;
    }

    public static Check Evaluate(Budget budget, IReadOnlyList<BudgetProject> projects, IReadOnlyCollection<Guid> choices)
    {
        var problems = new List<Problem>();
        var chosen = projects.Where(p => choices.Contains(p.Id)).ToList();
        var total = chosen.Sum(p => p.Cost);
        if (choices.Distinct().Count() != chosen.Count) problems.Add(new("Kies projecten uit de lijst."));
        if (chosen.Count == 0) problems.Add(new("Kies minstens één project."));
        if (budget.Rule == BallotRule.Knapsack)
        {
            if (total > budget.Total)
                problems.Add(new("Uw keuze kost {0}. Dat is {1} meer dan het budget van {2}. Haal een project weg of kies een goedkoper project.", Money(total), Money(total - budget.Total), Money(budget.Total)));
            var minimum = Math.Ceiling(budget.Total * budget.MinimumSpendPercent / 100m);
            if (chosen.Count > 0 && total < minimum)
                problems.Add(new("Besteed minstens {0} ({1}% van het budget). Uw keuze kost nu {2}. Kies nog een project.", Money(minimum), budget.MinimumSpendPercent, Money(total)));
        }
        else if (budget.MaxChoices is { } max && chosen.Count > max)
        {
            problems.Add(new("Kies hoogstens {0} projecten. U koos er {1}.", max, chosen.Count));
        }
        return new(chosen, total, problems);
    }

    public static string Money(decimal amount) => Platform.Ui.Euros.Format(amount);
}
