using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Platform.Security;
using Plein.Platform.Ui;

namespace Plein.Platform.Accounts.Login;

/// <summary>Log in with e-mail and password; a second step follows when the account has one.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class LoginModel(SignInManager<PleinUser> signIn, UserManager<PleinUser> users) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        var target = LanguageSwitch.IsLocal(ReturnUrl) ? ReturnUrl! : "/account";
        if (result.Succeeded) return LocalRedirect(target);
        if (result.RequiresTwoFactor) return RedirectToPage("/Platform/Accounts/Login/SecondFactor", new { returnUrl = target });
        // Identity reports "locked" or "not confirmed" before it checks the password; say so only to whoever knows it,
        // so the form does not reveal which addresses have an account.
        var knowsPassword = (result.IsLockedOut || result.IsNotAllowed)
            && await users.FindByEmailAsync(Input.Email.Trim()) is { } user && await users.CheckPasswordAsync(user, Input.Password);
        ModelState.AddModelError("Input.Password", !knowsPassword
            ? "Het e-mailadres of het wachtwoord klopt niet."
            : result.IsLockedOut
                ? "Dit account is 15 minuten geblokkeerd na te veel mislukte pogingen."
                : "Bevestig eerst uw e-mailadres met de link in de e-mail die we u stuurden.");
        return Page();
    }
}
