using Plein.Platform.Accounts;

namespace Plein.Knowledge;

/// <summary>
/// Communities are for council members (raadsleden, statenleden, AB-leden) and griffiers of every organisation, and
/// programme staff who moderate. Taking part is not administering: a griffier needs no second factor here.
/// </summary>
internal static class KnowledgePermissions
{
    public static readonly Role[] ParticipantRoles = [Role.Raadslid, Role.Griffier];

    public static PlatformPermissions.Verdict Participate(CurrentUser.Loaded me) =>
        me.User is not null && me.Memberships.Any(m => ParticipantRoles.Contains(m.Role)) ? PlatformPermissions.Verdict.Allowed : Moderate(me);

    public static PlatformPermissions.Verdict Moderate(CurrentUser.Loaded me) => PlatformPermissions.CanManageRegister(me);
}
