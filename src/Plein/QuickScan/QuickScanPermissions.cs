using Plein.Platform.Accounts;
using static Plein.Platform.Accounts.PlatformPermissions;

namespace Plein.QuickScan;

/// <summary>Who may run a scan and who sees what of it.</summary>
internal static class QuickScanPermissions
{
    /// <summary>The trekker's work: ambtenaren, and griffiers and beheerders with their second factor.</summary>
    public static Verdict Manage(CurrentUser.Loaded me, Guid organisationId) => CanActForOrganisation(me, organisationId);

    public static bool CanManage(CurrentUser.Loaded me, Guid organisationId) => Manage(me, organisationId) == Verdict.Allowed;

    /// <summary>Programme staff see the national view: states, response and anonymised averages, never one organisation's answers.</summary>
    public static Verdict ViewNational(CurrentUser.Loaded me) => CanManageRegister(me);

    /// <summary>Programme staff manage the national questionnaire's versions.</summary>
    public static Verdict ManageQuestionnaire(CurrentUser.Loaded me) => CanManageRegister(me);
}
