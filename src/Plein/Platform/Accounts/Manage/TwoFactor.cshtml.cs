using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Accounts.Manage;

/// <summary>Turn on the TOTP second factor (required for admin roles), or off when no role needs it.</summary>
internal sealed class TwoFactorModel(UserManager<PleinUser> users, SignInManager<PleinUser> signIn, CurrentUser me) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code in.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "nodig")] public bool Required { get; set; }
    public bool Enabled { get; private set; }
    public bool CanDisable { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return Page();
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "Deze code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwste code.");
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        // The code just proved the second factor: this session counts as signed in with it.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new System.Security.Claims.Claim(CurrentUser.MfaClaimType, CurrentUser.MfaClaimValue)]);
        TempData["Melding"] = "Tweestapsverificatie staat aan.";
        return RedirectToPage("/Platform/Accounts/Manage/Index");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await LoadAsync();
        if (user is null) return Challenge();
        if (!CanDisable) return Forbid();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Melding"] = "Tweestapsverificatie staat uit.";
        return RedirectToPage("/Platform/Accounts/Manage/Index");
    }

    private async Task<PleinUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return null;
        Enabled = user.TwoFactorEnabled;
        CanDisable = !(await me.LoadAsync()).Memberships.Any(m => Roles.IsAdmin(m.Role));
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        FormattedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/Plein:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Plein&digits=6";
        return user;
    }
}
