using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Contracts;
using Plein.Monitoring.Kpis;

namespace Plein.Monitoring.Reports;

/// <summary>Every KPI over a report's period: a state at its end, a count within it, or the last measurement staff entered.</summary>
internal sealed class FigureSnapshots(PleinDb db, KpiValues values)
{
    public async Task<FigureSnapshot> TakeAsync(DateOnly from, DateOnly until, CancellationToken ct)
    {
        var snapshot = new FigureSnapshot();
        foreach (var kpi in await db.Set<Kpi>().AsNoTracking().OrderBy(k => k.Order).ToListAsync(ct))
        {
            var period = kpi.Cumulative ? new Period(until, until) : new Period(from, until);
            var evidence = kpi.Computed ? null : await db.Set<KpiMeasurement>().AsNoTracking().Where(m => m.KpiId == kpi.Id && m.On <= until)
                .OrderByDescending(m => m.On).ThenByDescending(m => m.EnteredAt).Select(m => m.Evidence).FirstOrDefaultAsync(ct);
            snapshot.Add(new(kpi.Key, kpi.Name, kpi.Priority, kpi.Unit, kpi.Description, kpi.Cumulative, kpi.Computed, await values.ValueAsync(kpi, period, ct),
                kpi.Baseline, kpi.BaselineOn, kpi.Target, kpi.TargetOn, evidence));
        }
        return snapshot;
    }
}
