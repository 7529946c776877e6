using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.QuickScan.Scans;

/// <summary>Finds a scan for someone who may run it, or says why not: sign in, second factor, 403, 404 or "this step is past".</summary>
internal sealed class ScanAccess(PleinDb db, CurrentUser me, ITenantContext tenant)
{
    public async Task<(Scan? Scan, IActionResult? Stop)> LoadAsync(PageModel page, Guid id, CancellationToken ct, bool track = false)
    {
        if (page.Enforce(QuickScanPermissions.Manage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } denied) return (null, denied);
        var scans = track ? db.Set<Scan>() : db.Set<Scan>().AsNoTracking();
        return await scans.FirstOrDefaultAsync(s => s.Id == id, ct) is { } scan ? (scan, null) : (null, page.NotFound());
    }

    /// <summary>As <see cref="LoadAsync"/>, for the pages of steps 1 and 2: once the questionnaire is open they send back to the scan.</summary>
    public async Task<(Scan? Scan, IActionResult? Stop)> PreparingAsync(PageModel page, Guid id, string notice, CancellationToken ct)
    {
        var (scan, stop) = await LoadAsync(page, id, ct);
        if (stop is not null || ScanSteps.Preparing(scan!.State)) return (scan, stop);
        page.TempData["Melding"] = notice;
        return (scan, new RedirectResult($"/{tenant.RequiredOrganisation().Slug}/quickscan/{id}"));
    }
}
