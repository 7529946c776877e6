using Microsoft.EntityFrameworkCore;
using Plein.AreaSupport.Requests;
using Plein.Data;
using Plein.Monitoring.Contracts;

namespace Plein.AreaSupport;

/// <summary>Priority E for Monitoring: support requests from organisations in the Groningen earthquake area. National reads.</summary>
internal sealed class AreaFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } = [new("gebied-steunvragen", "Steunvragen uit het aardbevingsgebied", Cumulative: false)];

    public IReadOnlyList<Activity> Activities { get; } = [new("gebiedsondersteuning", "Steun gevraagd in het aardbevingsgebied")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        if (key != "gebied-steunvragen") return null;
        var (start, end) = period.Instants;
        return await db.National<AreaSupportRequest>().CountAsync(r => r.CreatedAt >= start && r.CreatedAt < end, ct);
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct)
    {
        if (activity != "gebiedsondersteuning") return new HashSet<Guid>();
        var end = period.Instants.End;
        return (await db.National<AreaSupportRequest>().Where(r => r.CreatedAt < end).Select(r => r.OrganisationId).ToListAsync(ct)).ToHashSet();
    }
}
