using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Accounts.Login;

/// <summary>Log out (POST only; the GET shows a button so a link cannot log someone out).</summary>
internal sealed class LogoutModel(SignInManager<PleinUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        // Unfinished anonymous survey answers stay on this device otherwise: on a shared computer the next person would see them.
        foreach (var cookie in Request.Cookies.Keys.Where(k => k.StartsWith(Surveys.Answering.SurveyResponses.CookiePrefix, StringComparison.Ordinal)))
            Response.Cookies.Delete(cookie, new CookieOptions { Path = "/" });
        TempData["Melding"] = "U bent uitgelogd.";
        return Redirect("/");
    }
}
