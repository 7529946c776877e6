using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Accounts.Register;

/// <summary>The link from the welcome mail: confirms the e-mail address.</summary>
internal sealed class ConfirmEmailModel(UserManager<PleinUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? gebruiker, string? code)
    {
        if (gebruiker is null || code is null || !Guid.TryParse(gebruiker, out _)) return;
        var user = await users.FindByIdAsync(gebruiker);
        if (user is null || user.IsDeleted) return;
        Confirmed = (await users.ConfirmEmailAsync(user, code)).Succeeded;
    }
}
