using Plein.Platform.Accounts;

namespace Plein.Learning;

/// <summary>Anyone with an account learns; programme staff make courses; beheerders and griffiers follow their members.</summary>
internal static class LearningPermissions
{
    public static bool Learn(CurrentUser.Loaded me) => me.User is not null;

    public static PlatformPermissions.Verdict ManageCourses(CurrentUser.Loaded me) => PlatformPermissions.CanManageRegister(me);

    /// <summary>The people who read the organisation's log (beheerder, griffier, with their second factor) follow its members' learning.</summary>
    public static PlatformPermissions.Verdict FollowMembers(CurrentUser.Loaded me, Guid organisationId) => PlatformPermissions.CanViewAudit(me, organisationId);
}
