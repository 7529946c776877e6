using Plein.Platform.Accounts;

namespace Plein.Support;

/// <summary>Who manages the offer: programme staff, with their second factor.</summary>
internal static class SupportPermissions
{
    public static PlatformPermissions.Verdict ManageOffer(CurrentUser.Loaded me) => PlatformPermissions.CanManageRegister(me);
}
