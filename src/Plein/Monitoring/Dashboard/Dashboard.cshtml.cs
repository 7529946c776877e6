using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Monitoring.Kpis;
using Plein.Platform.Accounts;

namespace Plein.Monitoring.Dashboard;

/// <summary>The programme's KPIs for everyone: a tile per KPI with its value, baseline, target and progress, per priority.</summary>
internal sealed class DashboardModel(KpiValues values, CurrentUser me) : PageModel
{
    public IReadOnlyList<KpiStatus> Kpis { get; private set; } = [];
    public bool IsStaff { get; private set; }
    public DateOnly Today { get; } = Platform.Tenancy.Organisation.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsStaff = MonitoringPermissions.Manage(await me.LoadAsync(ct)) == PlatformPermissions.Verdict.Allowed;
        Kpis = await values.AllAsync(Today, quarters: 0, ct, cached: !IsStaff);
    }
}
