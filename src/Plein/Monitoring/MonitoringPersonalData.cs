using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Kpis;
using Plein.Monitoring.Reports;
using Plein.Platform.Accounts;

namespace Plein.Monitoring;

/// <summary>
/// What a programme employee did in the report to parliament (versions saved, submitted, approved) and the measurements
/// they entered: in the export. It accounts for public figures, so it stays under the pseudonymised account.
/// </summary>
internal sealed class MonitoringPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "monitoring";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var versions = await db.Set<ReportVersion>().AsNoTracking().Where(v => v.SavedBy == userId)
            .Join(db.Set<ProgressReport>(), v => v.ReportId, r => r.Id, (v, r) => new { Report = r.Title, Version = v.Number, v.SavedAt }).ToListAsync(ct);
        var reports = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.SubmittedBy == userId || r.ApprovedBy == userId)
            .Select(r => new { r.Title, Submitted = r.SubmittedBy == userId, Approved = r.ApprovedBy == userId, r.ApprovedAt }).ToListAsync(ct);
        var measurements = await db.Set<KpiMeasurement>().AsNoTracking().Where(m => m.EnteredBy == userId)
            .Join(db.Set<Kpi>(), m => m.KpiId, k => k.Id, (m, k) => new { Kpi = k.Name, m.On, m.Value, m.Evidence, m.EnteredAt }).ToListAsync(ct);
        return new { versions, reports, measurements };
    }

    public Task EraseAsync(Guid userId, CancellationToken ct) => Task.CompletedTask;
}
