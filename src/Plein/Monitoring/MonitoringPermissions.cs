using Plein.Platform.Accounts;

namespace Plein.Monitoring;

/// <summary>Programme staff keep the KPIs and write the progress report, with their second factor. The dashboard is public.</summary>
internal static class MonitoringPermissions
{
    public static PlatformPermissions.Verdict Manage(CurrentUser.Loaded me) => PlatformPermissions.CanManageRegister(me);
}
