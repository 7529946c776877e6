using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Data;
using Plein.Platform.Mail;
using Plein.Platform.Security;

namespace Plein.Platform.Accounts.Register;

/// <summary>Register an account; the e-mail address is confirmed through a link before the person can log in.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class RegisterModel(UserManager<PleinUser> users, PleinDb db, Mailer mailer, AccountLinks links, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw naam in.")]
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Kies een wachtwoord van minstens 10 tekens.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Herhaal het wachtwoord.")]
        [Compare(nameof(Password), ErrorMessage = "De wachtwoorden zijn niet gelijk.")]
        public string ConfirmPassword { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet(bool verstuurd = false) => Sent = verstuurd;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same answer as a new registration, so the form does not reveal who has an account; the owner gets a mail.
            mailer.Enqueue(email, "U heeft al een account op Plein",
                $"Iemand probeerde met dit e-mailadres een account te maken op Plein. U heeft al een account.\n\nWachtwoord vergeten? Ga naar {links.To("/account/wachtwoord-vergeten")}");
            await db.SaveChangesAsync(ct);
            return RedirectToPage(new { verstuurd = true });
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new PleinUser { UserName = email, Email = email, DisplayName = Input.DisplayName.Trim(), CreatedAt = clock.GetUtcNow() };
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, Input.Password);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // Two registrations with one address at the same moment: the unique index stopped the second.
            return RedirectToPage(new { verstuurd = true });
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            return Page();
        }
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        mailer.Enqueue(email, "Bevestig uw account op Plein",
            $"Welkom op Plein, {user.DisplayName}.\n\nBevestig uw e-mailadres met deze link:\n{links.To($"/account/bevestigen?gebruiker={user.Id}&code={Uri.EscapeDataString(token)}")}\n\nHeeft u geen account gemaakt? Dan kunt u deze e-mail negeren.");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return RedirectToPage(new { verstuurd = true });
    }
}
