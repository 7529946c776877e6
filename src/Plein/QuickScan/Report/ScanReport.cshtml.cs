using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Platform.Documents;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Report;

/// <summary>The web report, with the same content as the DOCX and PDF downloads and the tables appendix.</summary>
internal sealed class ScanReportModel(ITenantContext tenant, ScanAccess access, ScanReportBuilder builder) : PageModel
{
    public Scan Scan { get; private set; } = default!;
    public ReportDocument Document { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (scan, stop) = await access.LoadAsync(this, id, ct);
        if (stop is not null) return stop;
        // No scores while answers come in: comparing two interim reports would show what the newest respondent said.
        if (scan!.State < ScanState.Gesloten) return NotFound();
        Scan = scan;
        Document = (await builder.BuildAsync(scan, Organisation, ct)).Document;
        return Page();
    }
}
