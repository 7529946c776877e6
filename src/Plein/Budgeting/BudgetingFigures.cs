using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;
using Plein.Monitoring.Contracts;

namespace Plein.Budgeting;

/// <summary>Priority C for Monitoring: budgets residents voted on, and their ballots. National reads.</summary>
internal sealed class BudgetingFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("begrotingen", "Begrotingen waarop inwoners stemden", Cumulative: false),
        new("begroten-stemmers", "Uitgebrachte stembiljetten bij begroten", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var (start, end) = period.Instants;
        var ballots = db.National<Ballot>().Where(b => b.CreatedAt >= start && b.CreatedAt < end);
        return key switch
        {
            "begrotingen" => await ballots.Select(b => b.BudgetId).Distinct().CountAsync(ct),
            "begroten-stemmers" => await ballots.CountAsync(ct),
            _ => null,
        };
    }

    public Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct) => Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}
