using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Accounts;

internal static class PermissionResults
{
    /// <summary>null when allowed; otherwise where to send the person: log in, set up a second factor, or 403.</summary>
    public static IActionResult? Enforce(this PageModel page, PlatformPermissions.Verdict verdict) => verdict switch
    {
        PlatformPermissions.Verdict.Allowed => null,
        PlatformPermissions.Verdict.NeedsSecondFactor => page.RedirectToPage("/Platform/Accounts/Manage/TwoFactor", new { nodig = true }),
        _ when page.User.Identity?.IsAuthenticated != true => page.Challenge(),
        _ => page.Forbid(),
    };
}
