using Plein.Platform.Verification;

namespace Plein.Budgeting;

/// <summary>
/// The budgets of one process phase: at most one per wijk, and the city-wide ones. A voter votes on the budget of their
/// own wijk and on the city-wide budget; a voting code made for a wijk's budget opens the city-wide budget too, so one
/// letter per address is enough (OpenStad and Decidim work with budgets per area the same way).
/// </summary>
internal sealed record BudgetRound(IReadOnlyList<Budget> Budgets, IReadOnlyDictionary<Guid, string> AreaNames)
{
    public IEnumerable<Budget> CityWide => Budgets.Where(b => b.AreaId is null);

    public IEnumerable<Budget> Wijken => Budgets.Where(b => b.AreaId is not null);

    public IEnumerable<Budget> Others(Budget budget) => Budgets.Where(b => b.Id != budget.Id);

    /// <summary>The wijk's name, or null for a city-wide budget.</summary>
    public string? AreaName(Budget budget) => budget.AreaId is { } area ? AreaNames.GetValueOrDefault(area, "") : null;

    public Budget? ForArea(Guid areaId) => Budgets.FirstOrDefault(b => b.AreaId == areaId);

    /// <summary>Codes that vote here: the budget's own, and for a city-wide budget also those of the wijken's budgets with codes.</summary>
    public IReadOnlyList<Guid> CodeScopes(Budget budget) => budget.AreaId is not null
        ? [budget.Id]
        : [budget.Id, .. Wijken.Where(b => b.Eligibility == VerificationLevel.Stemcode).Select(b => b.Id)];
}
