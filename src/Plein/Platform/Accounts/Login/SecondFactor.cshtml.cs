using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Platform.Security;
using Plein.Platform.Ui;

namespace Plein.Platform.Accounts.Login;

/// <summary>The TOTP step after the password, for accounts with a second factor.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class SecondFactorModel(SignInManager<PleinUser> signIn) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code in.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Platform/Accounts/Login/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Platform/Accounts/Login/Login");
        if (!ModelState.IsValid) return Page();
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(LanguageSwitch.IsLocal(ReturnUrl) ? ReturnUrl! : "/account");
        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? "Dit account is 15 minuten geblokkeerd na te veel mislukte pogingen."
            : "Deze code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwste code.");
        return Page();
    }
}
