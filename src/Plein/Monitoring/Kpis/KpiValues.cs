using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Plein.Data;
using Plein.Monitoring.Contracts;

namespace Plein.Monitoring.Kpis;

internal sealed record KpiPoint(string Label, Period Period, decimal? Value);

/// <summary>A KPI now: its value over <see cref="Period"/>, progress from baseline to target, and its course per quarter.</summary>
internal sealed record KpiStatus(Kpi Kpi, Period Period, decimal? Value, int? Progress, IReadOnlyList<KpiPoint> Trend);

/// <summary>
/// Values of KPIs: computed by the module that owns the figure, or the measurement staff entered last. Values of
/// periods that have ended are cached for a while: what happened then does not change, and the public dashboard is
/// read far more often than the data changes.
/// </summary>
internal sealed class KpiValues(PleinDb db, IEnumerable<IKpiFigures> sources, IMemoryCache cache)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    public async Task<decimal?> ValueAsync(Kpi kpi, Period period, CancellationToken ct)
    {
        if (kpi.Figure is null)
            return await db.Set<KpiMeasurement>().Where(m => m.KpiId == kpi.Id && m.On <= period.Until).OrderByDescending(m => m.On).ThenByDescending(m => m.EnteredAt)
                .Select(m => (decimal?)m.Value).FirstOrDefaultAsync(ct);
        if (sources.FirstOrDefault(s => s.Figures.Any(f => f.Key == kpi.Figure)) is not { } source) return null;
        if (period.Until >= Platform.Tenancy.Organisation.Today) return await source.MeasureAsync(kpi.Figure, period, ct);
        return await cache.GetOrCreateAsync($"kpi:{kpi.Figure}:{period.From:yyyyMMdd}:{period.Until:yyyyMMdd}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Keep;
            return source.MeasureAsync(kpi.Figure, period, ct);
        });
    }

    /// <summary>A state now, or a count over this year so far.</summary>
    public static Period CurrentPeriod(Kpi kpi, DateOnly today) => kpi.Cumulative ? new(today, today) : new(new DateOnly(today.Year, 1, 1), today);

    public async Task<KpiStatus> StatusAsync(Kpi kpi, DateOnly today, int quarters, CancellationToken ct)
    {
        var period = CurrentPeriod(kpi, today);
        var value = await ValueAsync(kpi, period, ct);
        var trend = new List<KpiPoint>();
        foreach (var quarter in Quarters(today, quarters))
            trend.Add(new KpiPoint($"{quarter.From.Year} K{(quarter.From.Month - 1) / 3 + 1}", quarter, await ValueAsync(kpi, kpi.Cumulative ? new(quarter.Until, quarter.Until) : quarter, ct)));
        return new(kpi, period, value, Progress(kpi, value), trend);
    }

    /// <summary>
    /// Every KPI now. The public dashboard and open data take it from a one-minute cache (<paramref name="cached"/>), so
    /// anonymous traffic cannot make Plein recount everything on each request; staff see fresh figures.
    /// </summary>
    public async Task<IReadOnlyList<KpiStatus>> AllAsync(DateOnly today, int quarters, CancellationToken ct, bool cached = false)
    {
        if (cached)
            return (await cache.GetOrCreateAsync($"kpis:{today:yyyyMMdd}:{quarters}", entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                return AllAsync(today, quarters, ct);
            }))!;
        var statuses = new List<KpiStatus>();
        foreach (var kpi in await db.Set<Kpi>().AsNoTracking().OrderBy(k => k.Order).ThenBy(k => k.Name).ToListAsync(ct))
            statuses.Add(await StatusAsync(kpi, today, quarters, ct));
        return statuses;
    }

    /// <summary>How far from the baseline (0 when there is none) towards the target, 0 to 100.</summary>
    public static int? Progress(Kpi kpi, decimal? value)
    {
        if (value is not { } v || kpi.Target is not { } target) return null;
        var from = kpi.Baseline ?? 0;
        if (target == from) return null;
        return (int)Math.Clamp(Math.Round((v - from) / (target - from) * 100), 0, 100);
    }

    /// <summary>The last <paramref name="count"/> calendar quarters up to today, oldest first; the current one ends today.</summary>
    public static IEnumerable<Period> Quarters(DateOnly today, int count)
    {
        var start = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        for (var i = count - 1; i >= 0; i--)
        {
            var from = start.AddMonths(-3 * i);
            var until = from.AddMonths(3).AddDays(-1);
            yield return new Period(from, until > today ? today : until);
        }
    }
}
