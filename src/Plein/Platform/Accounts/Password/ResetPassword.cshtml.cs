using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Platform.Security;

namespace Plein.Platform.Accounts.Password;

/// <summary>The link from the reset mail: choose a new password.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class ResetPasswordModel(UserManager<PleinUser> users) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Kies een wachtwoord van minstens 10 tekens.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Herhaal het wachtwoord.")]
        [Compare(nameof(Password), ErrorMessage = "De wachtwoorden zijn niet gelijk.")]
        public string ConfirmPassword { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Gebruiker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = Guid.TryParse(Gebruiker, out _) ? await users.FindByIdAsync(Gebruiker!) : null;
        if (user is null || user.IsDeleted || string.IsNullOrEmpty(Code))
        {
            ModelState.AddModelError("Input.Password", "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("Input.Password", e.Description);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        if (!user.EmailConfirmed)
        {
            // The link reached this mailbox: that confirms the address as well.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        TempData["Melding"] = "Uw wachtwoord is gewijzigd. U kunt nu inloggen.";
        return RedirectToPage("/Platform/Accounts/Login/Login");
    }
}
