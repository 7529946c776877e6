using Plein.Platform.Accounts;

namespace Plein.Council;

/// <summary>
/// The griffie (griffiers, and beheerders) keeps the council's record and runs the meeting room with the chair; both
/// with their second factor. Members act only for themselves, through the person their account is linked to.
/// </summary>
internal static class CouncilPermissions
{
    public static PlatformPermissions.Verdict Clerk(CurrentUser.Loaded me, Guid organisationId) =>
        PlatformPermissions.Admin(me, m => m.OrganisationId == organisationId && m.Role is Role.Griffier or Role.Beheerder);

    /// <summary>The chair of the meeting's body, from their own account, or the griffie for the chair.</summary>
    public static PlatformPermissions.Verdict Chair(CurrentUser.Loaded me, Guid organisationId, IReadOnlyCollection<Guid> chairUserIds) =>
        me.User is { } user && chairUserIds.Contains(user.Id) ? PlatformPermissions.Verdict.Allowed : Clerk(me, organisationId);
}
