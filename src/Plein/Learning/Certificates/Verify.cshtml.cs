using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Data;
using Plein.Platform.Security;

namespace Plein.Learning.Certificates;

/// <summary>Anyone checks a certificate by its code: who completed which course, and when.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class VerifyModel(PleinDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public Certificate.Facts? Found { get; private set; }
    public bool Checked { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Code)) return;
        Checked = true;
        if (Code.Length > 40 || CertificateCode.Normalise(Code) is not { } code)
        {
            ModelState.AddModelError(nameof(Code), "Vul een controlecode in zoals die op het certificaat staat, bijvoorbeeld DIA-AB3CD-EF4GH.");
            return;
        }
        Found = await Certificate.FindAsync(db, code, ct);
    }
}
