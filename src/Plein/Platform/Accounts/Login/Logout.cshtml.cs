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
        TempData["Melding"] = "U bent uitgelogd.";
        return Redirect("/");
    }
}
