using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Accounts;

internal static class PermissionResults
{
    /// <summary>403 for someone logged in, the login page for anyone else.</summary>
    public static IActionResult Refuse(this PageModel page) =>
        page.User.Identity?.IsAuthenticated == true ? page.Forbid() : page.Challenge();

    /// <summary>A page with several forms validates only the fields of the form that was posted.</summary>
    public static void KeepOnly(this PageModel page, string prefix)
    {
        var state = page.ModelState;
        foreach (var key in state.Keys.Where(k => k != prefix && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList()) state.Remove(key);
        // Nothing of this form was posted, so the binder validated nothing: validate the empty form itself.
        if (state.Count == 0 && page.GetType().GetProperty(prefix)?.GetValue(page) is { } form) page.TryValidateModel(form, prefix);
    }

    /// <summary>null when allowed; otherwise where to send the person: log in, set up a second factor, or 403.</summary>
    public static IActionResult? Enforce(this PageModel page, PlatformPermissions.Verdict verdict) => verdict switch
    {
        PlatformPermissions.Verdict.Allowed => null,
        PlatformPermissions.Verdict.NeedsSecondFactor => page.RedirectToPage("/Platform/Accounts/Manage/TwoFactor", new { nodig = true }),
        _ => page.Refuse(),
    };
}
