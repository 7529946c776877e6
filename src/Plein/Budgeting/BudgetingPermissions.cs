using Plein.Platform.Accounts;

namespace Plein.Budgeting;

/// <summary>Staff who run participation set up budgets, projects and codes.</summary>
internal static class BudgetingPermissions
{
    public static PlatformPermissions.Verdict Manage(CurrentUser.Loaded me, Guid organisationId) => PlatformPermissions.CanManageContent(me, organisationId);
}
