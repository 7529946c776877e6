using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Knowledge.Bottlenecks;

/// <summary>Knelpunten with how many people and organisations recognise them, counted in the query (no stored counter to drift).</summary>
internal static class BottleneckQueries
{
    internal sealed class Counted
    {
        public Bottleneck Bottleneck { get; init; } = default!;
        public int Recognitions { get; init; }
        public int Organisations { get; init; }
    }

    public static IQueryable<Counted> WithCounts(PleinDb db) =>
        db.Set<Bottleneck>().AsNoTracking().Select(b => new Counted
        {
            Bottleneck = b,
            Recognitions = db.Set<Recognition>().Count(r => r.BottleneckId == b.Id),
            Organisations = db.Set<Recognition>().Where(r => r.BottleneckId == b.Id && r.OrganisationId != null).Select(r => r.OrganisationId).Distinct().Count(),
        });
}
