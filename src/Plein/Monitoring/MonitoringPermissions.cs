using Plein.Platform.Accounts;

namespace Plein.Monitoring;

/// <summary>Programme staff keep the KPIs and write the progress report, with their second factor. The dashboard is public.</summary>
internal static class MonitoringPermissions
{
    public static PlatformPermissions.Verdict Manage(CurrentUser.Loaded me) => PlatformPermissions.CanManageRegister(me);
}

/// <summary>The four-eyes step on a progress report: programme staff or the programme office's beheerder, never the one who submitted it.</summary>
internal static class ReportApproval
{
    /// <summary>Who works on the progress reports: programme staff and the programme office's beheerder.</summary>
    public static PlatformPermissions.Verdict Work(CurrentUser.Loaded me, Guid programmeOffice) =>
        PlatformPermissions.Admin(me, m => m.OrganisationId == programmeOffice && m.Role is Role.Programmamedewerker or Role.Beheerder);

    public static PlatformPermissions.Verdict Approve(CurrentUser.Loaded me, Guid programmeOffice, Guid? submittedBy) =>
        me.User?.Id == submittedBy ? PlatformPermissions.Verdict.Denied : Work(me, programmeOffice);
}
