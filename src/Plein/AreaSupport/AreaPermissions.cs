using Plein.Platform.Accounts;

namespace Plein.AreaSupport;

/// <summary>
/// An area's register is for the people who work in its organisations (not their residents' accounts) and for
/// programme staff, who also grant and handle requests.
/// </summary>
internal static class AreaPermissions
{
    public static PlatformPermissions.Verdict View(CurrentUser.Loaded me, IReadOnlyCollection<Guid> areaOrganisations) =>
        me.User is not null && me.Memberships.Any(m => areaOrganisations.Contains(m.OrganisationId) && m.Role != Role.Inwoner)
            ? PlatformPermissions.Verdict.Allowed
            : Manage(me);

    public static PlatformPermissions.Verdict Manage(CurrentUser.Loaded me) => PlatformPermissions.CanManageRegister(me);

    /// <summary>Edit a village initiative of this municipality: who acts for it, or programme staff.</summary>
    public static bool CanEditFor(CurrentUser.Loaded me, Guid organisationId) =>
        PlatformPermissions.CanActForOrganisation(me, organisationId) == PlatformPermissions.Verdict.Allowed || Manage(me) == PlatformPermissions.Verdict.Allowed;
}
