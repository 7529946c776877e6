using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.Census;

/// <summary>
/// A resident shows they live in the organisation's area with postcode and house number. Not proof like DigiD, so an
/// address takes at most <see cref="PerAddress"/> accounts, and tries are rate limited.
/// </summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class VerifyAddressModel(PleinDb db, ITenantContext tenant, CurrentUser me, TimeProvider clock) : PageModel
{
    public const int PerAddress = 6;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw postcode in.")]
        [StringLength(10, ErrorMessage = "Vul een postcode in zoals 8011 AB.")]
        public string Postcode { get; set; } = "";

        [Required(ErrorMessage = "Vul uw huisnummer in.")]
        [Range(1, 99_999, ErrorMessage = "Vul een huisnummer in zoals 12, zonder toevoeging.")]
        public int? HouseNumber { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public IReadOnlyList<string> MyAreas { get; private set; } = [];
    public bool HasAreas { get; private set; }
    public string OrganisationName => tenant.RequiredOrganisation().Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var postcode = Postcodes.Normalise(Input.Postcode);
        if (!string.IsNullOrEmpty(Input.Postcode) && postcode is null) ModelState.AddModelError("Input.Postcode", "Vul een postcode in zoals 8011 AB.");
        if (!ModelState.IsValid) return Page();
        var number = Input.HouseNumber!.Value;
        if (!await db.Set<CensusAddress>().AnyAsync(a => a.Postcode == postcode && a.HouseNumber == number, ct))
        {
            ModelState.AddModelError("Input.Postcode", "Dit adres staat niet in de adressenlijst. Klopt het adres? Neem anders contact op met de organisatie.");
            return Page();
        }
        var userId = me.Id!.Value;
        if (await db.Set<AddressVerification>().CountAsync(v => v.Postcode == postcode && v.HouseNumber == number && v.UserId != userId, ct) >= PerAddress)
        {
            ModelState.AddModelError("Input.Postcode", "Op dit adres zijn al genoeg accounts bevestigd. Neem contact op met de organisatie als dat niet klopt.");
            return Page();
        }
        var mine = await db.Set<AddressVerification>().FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (mine is null) db.Add(mine = new AddressVerification { Id = Guid.NewGuid(), UserId = userId });
        (mine.Postcode, mine.HouseNumber, mine.VerifiedAt) = (postcode!, number, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw adres is bevestigd. U woont in het gebied.";
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : Redirect($"/{tenant.RequiredOrganisation().Slug}/verificatie/postcode");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId) return Challenge();
        HasAreas = await db.Set<CensusArea>().AnyAsync(ct);
        var home = await db.Set<AddressVerification>().AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (home is not null)
            MyAreas = await db.Set<CensusAddress>().Where(a => a.Postcode == home.Postcode && a.HouseNumber == home.HouseNumber)
                .Join(db.Set<CensusArea>(), a => a.AreaId, area => area.Id, (a, area) => area.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
        return null;
    }
}
