using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification.VotingCodes;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Letters;

/// <summary>A resident types the code from the letter and goes to the questionnaire; the code is then spent.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class EnterCodeModel(PleinDb db, ITenantContext tenant, VotingCodeService codes) : PageModel
{
    [BindProperty(SupportsGet = true), Required(ErrorMessage = "Vul de code uit de brief in."), StringLength(30, ErrorMessage = "Deze code klopt niet. Controleer of u hem goed heeft overgetypt.")]
    public string? Code { get; set; }

    public Organisation Organisation => tenant.RequiredOrganisation();
    public bool AnyOpen { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        AnyOpen = (await OpenScansAsync(ct)).Count > 0;
        ModelState.Clear();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var open = await OpenScansAsync(ct);
        AnyOpen = open.Count > 0;
        if (!AnyOpen || !ModelState.IsValid) return Page();
        var outcome = VotingCodeService.Use.Unknown;
        foreach (var scan in open)
        {
            outcome = await codes.UseOnceAsync(scan.Id, Code, ct);
            if (outcome == VotingCodeService.Use.Used) return Redirect($"/{Organisation.Slug}/vragenlijsten/{scan.SurveyId}");
            if (outcome == VotingCodeService.Use.AlreadyUsed) break;
        }
        ModelState.AddModelError(nameof(Code), outcome == VotingCodeService.Use.AlreadyUsed
            ? "Deze code is al gebruikt. Bent u al begonnen? Ga dan verder met uw persoonlijke link."
            : "Deze code kennen we niet. Controleer of u hem goed heeft overgetypt.");
        return Page();
    }

    private async Task<List<Scan>> OpenScansAsync(CancellationToken ct)
    {
        var today = Organisation.Today;
        return await db.Set<Scan>().AsNoTracking()
            .Where(s => s.State == ScanState.Open && (s.Starts == null || s.Starts <= today) && (s.Ends == null || today <= s.Ends))
            .ToListAsync(ct);
    }
}
