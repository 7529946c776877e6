using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts.External;

/// <summary>A beheerder connects the organisation's DigiD/eHerkenning broker.</summary>
internal sealed class ProviderSettingsModel(
    PleinDb db, ITenantContext tenant, CurrentUser me, IDataProtectionProvider protection, OidcSchemes schemes, AuditLog audit, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<Ui.SharedResource> t, IHostEnvironment env) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de naam op de knop in.")]
        [StringLength(60, ErrorMessage = "Gebruik hoogstens 60 tekens.")]
        public string DisplayName { get; set; } = "DigiD";

        [Required(ErrorMessage = "Vul het adres van de makelaar in.")]
        [StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")]
        public string Authority { get; set; } = "";

        [Required(ErrorMessage = "Vul de client-ID in.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string ClientId { get; set; } = "";

        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")]
        public string? ClientSecret { get; set; }

        [Required(ErrorMessage = "Vul de scopes in.")]
        [StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")]
        [RegularExpression(@"^[\x21\x23-\x5B\x5D-\x7E ]+$", ErrorMessage = "Gebruik alleen letters, cijfers en leestekens, gescheiden door spaties.")]
        public string Scopes { get; set; } = "openid";

        [Required(ErrorMessage = "Vul de naam van de claim in.")]
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        [RegularExpression(@"^[A-Za-z0-9_:./-]+$", ErrorMessage = "Gebruik alleen letters, cijfers en _ : . / -")]
        public string BsnClaim { get; set; } = "bsn";

        [Required(ErrorMessage = "Vul de niveaus in.")]
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4000 tekens.")]
        public string AcrLevels { get; set; } = LoginProvider.DefaultAcrLevels;
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Configured { get; private set; }
    public string CallbackUrl => $"{Request.Scheme}://{Request.Host}{LoginProvider.CallbackPathFor(tenant.RequiredOrganisation().Id)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var p = await db.Set<LoginProvider>().AsNoTracking().FirstOrDefaultAsync(ct);
        Configured = p is { Enabled: true };
        if (p is not null)
            Input = new InputModel { DisplayName = p.DisplayName, Authority = p.Authority, ClientId = p.ClientId, Scopes = p.Scopes, BsnClaim = p.BsnClaim, AcrLevels = p.AcrLevels };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var existing = await db.Set<LoginProvider>().FirstOrDefaultAsync(ct);
        Configured = existing is { Enabled: true };
        if (!string.IsNullOrEmpty(Input.Authority) && !IsAcceptableAuthority(Input.Authority))
            ModelState.AddModelError("Input.Authority", "Vul een volledig https-adres in, zoals https://makelaar.example.nl.");
        if (!string.IsNullOrEmpty(Input.AcrLevels) && !LoginProvider.TryParseLevels(Input.AcrLevels, out _, out var badLine))
            ModelState.AddModelError("Input.AcrLevels", t["Regel {0} klopt niet. Schrijf acr-waarde=niveau, met niveau basis, midden, substantieel of hoog.", badLine]);
        if (existing?.ProtectedClientSecret is null && string.IsNullOrEmpty(Input.ClientSecret))
            ModelState.AddModelError("Input.ClientSecret", "Vul het client-secret in.");
        if (!ModelState.IsValid) return Page();

        var provider = existing ?? new LoginProvider { Id = Guid.NewGuid() };
        provider.DisplayName = Input.DisplayName.Trim();
        provider.Authority = Input.Authority.Trim().TrimEnd('/');
        provider.ClientId = Input.ClientId.Trim();
        if (!string.IsNullOrEmpty(Input.ClientSecret))
            provider.ProtectedClientSecret = protection.CreateProtector(LoginProviderSecrets.Purpose).Protect(Input.ClientSecret);
        provider.Scopes = Input.Scopes.Trim();
        provider.BsnClaim = Input.BsnClaim.Trim();
        provider.AcrLevels = Input.AcrLevels.Replace("\r", "", StringComparison.Ordinal).Trim();
        provider.Enabled = true;
        provider.UpdatedAt = clock.GetUtcNow();
        if (existing is null) db.Add(provider);
        audit.Record(tenant.RequiredOrganisation().Id, "inloggen.ingesteld", $"{provider.DisplayName} via {provider.Authority}");
        await db.SaveChangesAsync(ct);
        await schemes.EnsureAsync(db, tenant.RequiredOrganisation().Id, ct);
        TempData["Melding"] = "De instellingen zijn opgeslagen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var existing = await db.Set<LoginProvider>().FirstOrDefaultAsync(ct);
        if (existing is null) return NotFound();
        existing.Enabled = false;
        existing.UpdatedAt = clock.GetUtcNow();
        audit.Record(tenant.RequiredOrganisation().Id, "inloggen.uitgezet", existing.DisplayName);
        await db.SaveChangesAsync(ct);
        await schemes.EnsureAsync(db, tenant.RequiredOrganisation().Id, ct);
        TempData["Melding"] = "Inloggen met de makelaar staat uit.";
        return RedirectToPage();
    }

    /// <summary>https; http on this machine only in Development and Testing (never a way to reach local services in production).</summary>
    private bool IsAcceptableAuthority(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) &&
        (uri.IsLoopback ? env.IsRelaxed() : uri.Scheme == Uri.UriSchemeHttps);

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        this.Enforce(PlatformPermissions.CanAdminister(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id));
}
