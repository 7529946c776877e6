using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Accounts.Manage;

/// <summary>The account page: change the display name, see one's organisations and roles.</summary>
internal sealed class IndexModel(UserManager<PleinUser> users, SignInManager<PleinUser> signIn, PleinDb db, CurrentUser me) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw naam in.")]
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string DisplayName { get; set; } = "";
    }

    internal sealed record Row(string Name, string Slug, string Role);

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Email { get; private set; } = "";
    public bool TwoFactor { get; private set; }
    public IReadOnlyList<Row> Memberships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        Input.DisplayName = (await me.LoadAsync(ct)).User!.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        user!.DisplayName = Input.DisplayName.Trim();
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Melding"] = "Uw gegevens zijn opgeslagen.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return false;
        Email = loaded.User.Email ?? "";
        TwoFactor = loaded.User.TwoFactorEnabled;
        var ids = loaded.Memberships.Select(m => m.OrganisationId).ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        Memberships = loaded.Memberships.Select(m => new Row(orgs[m.OrganisationId].Name, orgs[m.OrganisationId].Slug, RoleText.Of(m.Role)))
            .OrderBy(r => r.Name).ToList();
        return true;
    }
}
