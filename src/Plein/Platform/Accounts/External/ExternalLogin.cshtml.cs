using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts.External;

/// <summary>Start a DigiD/eHerkenning login through the organisation's OpenID Connect broker.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class ExternalLoginModel(ITenantContext tenant, PleinDb db, OidcSchemes schemes) : PageModel
{
    public string OrganisationName => tenant.RequiredOrganisation().Name;
    public string Slug => tenant.RequiredOrganisation().Slug;
    public string? ProviderName { get; private set; }
    [BindProperty(SupportsGet = true, Name = "mislukt")] public bool Failed { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        ProviderName = await db.Set<LoginProvider>().Where(p => p.Enabled).Select(p => p.DisplayName).FirstOrDefaultAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisation = tenant.RequiredOrganisation();
        if (!await schemes.EnsureAsync(db, organisation.Id, ct)) return NotFound();
        var properties = new AuthenticationProperties { RedirectUri = $"/{organisation.Slug}/inloggen/klaar" };
        return Challenge(properties, LoginProvider.SchemeFor(organisation.Id));
    }
}
