using Plein.Learning.Contracts;
using Plein.Monitoring.Contracts;

namespace Plein.Monitoring.Kpis;

/// <summary>The digital trainings' reach (Learning's own contract) as KPI figures.</summary>
internal sealed class LearningFigures(ILearningReach reach) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("digitale-trainingen-inschrijvingen", "Inschrijvingen voor digitale trainingen", Cumulative: false),
        new("digitale-trainingen-afgerond", "Digitale trainingen afgerond met certificaat", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var courses = await reach.PerCourseAsync(period.From, period.Until, ct);
        return key switch
        {
            "digitale-trainingen-inschrijvingen" => courses.Sum(c => c.Enrolments),
            "digitale-trainingen-afgerond" => courses.Sum(c => c.Completions),
            _ => null,
        };
    }

    public Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct) => Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}
