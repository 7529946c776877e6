using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Bottlenecks;
using Plein.Monitoring.Contracts;

namespace Plein.Knowledge;

/// <summary>Priority D for Monitoring: knelpunten collected in the communities, and the organisations reporting them.</summary>
internal sealed class KnowledgeFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } = [new("knelpunten", "Knelpunten verzameld in de kennisgemeenschappen", Cumulative: false)];

    public IReadOnlyList<Activity> Activities { get; } = [new("knelpunten", "Knelpunt gemeld")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        if (key != "knelpunten") return null;
        var (start, end) = period.Instants;
        return await db.Set<Bottleneck>().CountAsync(b => b.HiddenAt == null && b.CreatedAt >= start && b.CreatedAt < end, ct);
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct)
    {
        if (activity != "knelpunten") return new HashSet<Guid>();
        var end = period.Instants.End;
        return (await db.Set<Bottleneck>().Where(b => b.HiddenAt == null && b.CreatedAt < end && b.OrganisationId != null).Select(b => b.OrganisationId!.Value).ToListAsync(ct)).ToHashSet();
    }
}
