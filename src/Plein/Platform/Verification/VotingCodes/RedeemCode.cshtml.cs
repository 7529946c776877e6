using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.VotingCodes;

/// <summary>A resident types the voting code from their letter; their account then counts as holding it.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class RedeemCodeModel(CurrentUser me, VotingCodeService codes, ITenantContext tenant, IEnumerable<IVotingCodeDestinations> destinations) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de stemcode uit uw brief in.")]
        [StringLength(30, ErrorMessage = "Deze stemcode klopt niet. Controleer of u hem goed heeft overgetypt.")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string OrganisationName => tenant.RequiredOrganisation().Name;
    /// <summary>Where a code made for a ballot or a letter is used instead; this page leaves such a code unspent.</summary>
    public string? UseAt { get; private set; }

    public IActionResult OnGet() => me.Id is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId) return Challenge();
        if (!ModelState.IsValid) return Page();
        if (await codes.ScopeOfAsync(Input.Code, ct) is { } scope)
            foreach (var destination in destinations)
                if (await destination.PageForAsync(scope, ct) is { } page)
                {
                    UseAt = page;
                    ModelState.AddModelError("Input.Code", "Deze stemcode is voor een stemming met een eigen pagina. Vul hem daar in. Uw code is niet gebruikt.");
                    return Page();
                }
        var result = await codes.RedeemAsync(userId, Input.Code, ct);
        if (result.Error is not null)
        {
            ModelState.AddModelError("Input.Code", result.Error);
            return Page();
        }
        TempData["Melding"] = "Uw stemcode is gebruikt. U kunt nu meedoen.";
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : Redirect($"/{tenant.RequiredOrganisation().Slug}");
    }
}
