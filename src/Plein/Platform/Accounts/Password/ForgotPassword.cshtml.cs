using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Data;
using Plein.Platform.Mail;
using Plein.Platform.Security;

namespace Plein.Platform.Accounts.Password;

/// <summary>Ask for a reset link. The answer is the same whether or not the address has an account.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class ForgotPasswordModel(UserManager<PleinUser> users, PleinDb db, Mailer mailer, AccountLinks links) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Email { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet(bool verstuurd = false) => Sent = verstuurd;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        // Unconfirmed accounts too: otherwise an address someone else registered and never confirmed is lost to its owner.
        if (user is { IsDeleted: false, Email: not null })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            mailer.Enqueue(user.Email!, "Nieuw wachtwoord voor Plein",
                $"Kies een nieuw wachtwoord met deze link (een dag geldig):\n{links.To($"/account/wachtwoord-herstellen?gebruiker={user.Id}&code={Uri.EscapeDataString(token)}")}\n\nHeeft u dit niet gevraagd? Dan kunt u deze e-mail negeren.");
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage(new { verstuurd = true });
    }
}
