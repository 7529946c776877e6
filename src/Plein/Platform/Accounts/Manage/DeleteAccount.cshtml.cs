using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Accounts.Manage;

/// <summary>AVG right to erasure: personal data wiped, the row kept as "verwijderde gebruiker" for contributions.</summary>
internal sealed class DeleteAccountModel(
    UserManager<PleinUser> users, SignInManager<PleinUser> signIn, PleinDb db, TimeProvider clock, IEnumerable<IPersonalDataSource> sources) : PageModel
{
    public const string ConfirmWord = "verwijderen";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul dit veld in.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>Accounts made through DigiD have no password; they confirm by typing a word instead.</summary>
    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        HasPassword = await users.HasPasswordAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        HasPassword = await users.HasPasswordAsync(user);
        if (!ModelState.IsValid) return Page();
        var confirmed = HasPassword
            ? await users.CheckPasswordAsync(user, Input.Password)
            : string.Equals(Input.Password.Trim(), ConfirmWord, StringComparison.OrdinalIgnoreCase);
        if (!confirmed)
        {
            ModelState.AddModelError("Input.Password", HasPassword ? "Het wachtwoord klopt niet." : "Typ het woord verwijderen om te bevestigen.");
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The person's own rows in every organisation: national by design.
        await db.National<Membership>().Where(m => m.UserId == user.Id).ExecuteDeleteAsync(ct);
        db.Changed<Membership>();
        await db.National<ExternalIdentity>().Where(e => e.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(ct);
        var email = user.Email;
        foreach (var source in sources) await source.EraseAsync(user.Id, ct);
        // Saved directly: Identity's validators would refuse an account without e-mail address, which is the point here.
        user.Pseudonymise(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        // After the modules: erasing can itself queue a mail to the person (a cancelled registration), which must go too.
        if (email is not null) await db.Outbox.Where(m => m.To == email).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        await signIn.SignOutAsync();
        TempData["Melding"] = "Uw account is verwijderd.";
        return Redirect("/");
    }
}
