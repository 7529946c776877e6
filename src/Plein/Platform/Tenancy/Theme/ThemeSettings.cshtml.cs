using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Files;

namespace Plein.Platform.Tenancy.Theme;

/// <summary>A beheerder sets the organisation's colours, logo and contact details.</summary>
internal sealed class ThemeSettingsModel(
    PleinDb db, ITenantContext tenant, CurrentUser me, FileStore files, AuditLog audit, Microsoft.Extensions.Localization.IStringLocalizer<Ui.SharedResource> t) : PageModel
{
    public const long MaxLogoBytes = 1024 * 1024;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul een kleur in, zoals #154273.")]
        [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Vul een kleur in als # met 6 tekens, zoals #154273.")]
        public string PrimaryColor { get; set; } = "";

        [Required(ErrorMessage = "Vul een kleur in, zoals #8fcae7.")]
        [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Vul een kleur in als # met 6 tekens, zoals #154273.")]
        public string AccentColor { get; set; } = "";

        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string? ContactEmail { get; set; }

        [Url(ErrorMessage = "Vul een volledig webadres in, met https://.")]
        [StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")]
        public string? Website { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string? LogoError { get; private set; }
    public bool HasLogo => tenant.RequiredOrganisation().Theme.LogoFileId is not null;
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var o = tenant.RequiredOrganisation();
        Input = new InputModel { PrimaryColor = o.Theme.PrimaryColor, AccentColor = o.Theme.AccentColor, ContactEmail = o.Settings.ContactEmail, Website = o.Settings.Website };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? logo, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        if (ModelState.IsValid && Contrast.Ratio(Input.PrimaryColor, "#ffffff") < 4.5)
            ModelState.AddModelError("Input.PrimaryColor", "Witte tekst is op deze kleur slecht leesbaar. Kies een donkerdere kleur.");
        if (Input.Website is { Length: > 0 } site && !site.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError("Input.Website", "Vul een volledig webadres in, met https://.");
        StoredFile? stored = null;
        if (logo is { Length: > 0 })
        {
            if (logo.Length > MaxLogoBytes) LogoError = t["Het logo is te groot. Het mag hoogstens 1 MB zijn."];
            else
            {
                var saved = await files.SaveAsync(logo, me.Id, ["image/png", "image/jpeg"], ct);
                (stored, LogoError) = (saved.File, saved.Error);
            }
        }
        if (LogoError is not null) ModelState.AddModelError("logo", LogoError);
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }
        var organisation = await db.Organisations.FirstAsync(o => o.Id == tenant.RequiredOrganisation().Id, ct);
        organisation.ChangeTheme(organisation.Theme with
        {
            PrimaryColor = Input.PrimaryColor.ToLowerInvariant(),
            AccentColor = Input.AccentColor.ToLowerInvariant(),
            LogoFileId = stored?.Id.ToString("N") ?? organisation.Theme.LogoFileId,
        });
        organisation.ChangeSettings(organisation.Settings with { ContactEmail = Input.ContactEmail?.Trim(), Website = Input.Website?.Trim() });
        audit.Record(organisation.Id, "huisstijl.gewijzigd", $"{Input.PrimaryColor} / {Input.AccentColor}{(stored is null ? "" : ", nieuw logo")}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De huisstijl is opgeslagen.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        this.Enforce(PlatformPermissions.CanAdminister(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id));
}
