using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Contracts;
using Plein.Participation.Comments;

namespace Plein.Participation;

/// <summary>Priority C for Monitoring: participation processes and the distinct people who took part. National reads.</summary>
internal sealed class ParticipationFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("participatieprocessen", "Gepubliceerde participatieprocessen, gestart in de periode", Cumulative: false),
        new("participatie-deelnemers", "Verschillende deelnemers met een voorstel, steun of reactie", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [new("participatie", "Digitale participatie")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var (start, end) = period.Instants;
        switch (key)
        {
            case "participatieprocessen":
                return await db.National<Process>().CountAsync(p => p.Published && p.CollectsSupportFor == null && p.CreatedAt >= start && p.CreatedAt < end, ct);
            case "participatie-deelnemers":
                var authors = await db.National<Proposal>().Where(p => p.CreatedAt >= start && p.CreatedAt < end).Select(p => p.AuthorId).Distinct().ToListAsync(ct);
                var supporters = await db.National<Support>().Where(s => s.CreatedAt >= start && s.CreatedAt < end).Select(s => s.UserId).Distinct().ToListAsync(ct);
                var commenters = await db.National<Comment>().Where(c => c.CreatedAt >= start && c.CreatedAt < end).Select(c => c.AuthorId).Distinct().ToListAsync(ct);
                return authors.Concat(supporters).Concat(commenters).Distinct().Count();
            default:
                return null;
        }
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct)
    {
        if (activity != "participatie") return new HashSet<Guid>();
        var end = period.Instants.End;
        return (await db.National<Process>().Where(p => p.Published && p.CreatedAt < end).Select(p => p.OrganisationId).ToListAsync(ct)).ToHashSet();
    }
}
