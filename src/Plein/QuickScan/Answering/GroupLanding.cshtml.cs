using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Answering;

/// <summary>The invitation link of one group: what the scan is, that it is anonymous, and the way in.</summary>
internal sealed class GroupLandingModel(PleinDb db, ITenantContext tenant) : PageModel
{
    public Scan Scan { get; private set; } = default!;
    public RespondentGroup Group { get; private set; }
    public Organisation Organisation => tenant.RequiredOrganisation();
    public bool Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string groep, CancellationToken ct)
    {
        if (Groups.FromSlug(groep) is not { } group) return NotFound();
        if (await db.Set<Scan>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { State: >= ScanState.Open } scan) return NotFound();
        (Scan, Group) = (scan, group);
        Open = scan.State == ScanState.Open && (scan.Ends is null || Organisation.Today <= scan.Ends) && (scan.Starts is null || scan.Starts <= Organisation.Today);
        return Page();
    }
}
