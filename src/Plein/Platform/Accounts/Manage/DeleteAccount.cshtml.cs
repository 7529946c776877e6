using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Accounts.Manage;

/// <summary>AVG right to erasure: personal data wiped, the row kept as "verwijderde gebruiker" for contributions.</summary>
internal sealed class DeleteAccountModel(UserManager<PleinUser> users, SignInManager<PleinUser> signIn, PleinDb db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return Page();
        if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Het wachtwoord klopt niet.");
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The person's own rows in every organisation: national by design.
        await db.National<Membership>().Where(m => m.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.National<ExternalIdentity>().Where(e => e.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(ct);
        // Saved directly: Identity's validators would refuse an account without e-mail address, which is the point here.
        user.Pseudonymise(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await signIn.SignOutAsync();
        TempData["Melding"] = "Uw account is verwijderd.";
        return Redirect("/");
    }
}
