using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Documents;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification.VotingCodes;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Letters;

/// <summary>The trekker makes letters with single-use codes for residents, and sees how many codes were used.</summary>
internal sealed class LettersModel(PleinDb db, ITenantContext tenant, ScanAccess access, VotingCodeService codes, AuditLog audit, AccountLinks links) : PageModel
{
    internal sealed record Row(int Count, int Used, DateTimeOffset CreatedAt);

    [BindProperty, Required(ErrorMessage = "Vul een aantal brieven in."), Range(1, ResidentLetters.MaxPerBatch, ErrorMessage = "Vul een aantal van 1 tot en met 5.000 in. Hebt u meer nodig? Maak dan meer keren brieven.")]
    public int? Count { get; set; }

    public Scan Scan { get; private set; } = default!;
    public IReadOnlyList<Row> Batches { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";
    public bool CanMake => Scan.State is ScanState.Gestart or ScanState.Open;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>Makes the codes and hands the letters over once, as a PDF for the printer: Plein keeps no plain code.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!CanMake) ModelState.AddModelError(nameof(Count), "Brieven maken kan na het startgesprek, tot de vragenlijst sluit.");
        if (!ModelState.IsValid) return Page();
        var (batch, plain) = await codes.GenerateAsync(Scan.Id, "Quick scan: brieven voor inwoners", Count!.Value, ct);
        audit.Record(Organisation.Id, "quickscan.brieven", $"{batch.Count} brieven");
        await db.SaveChangesAsync(ct);
        var letters = ResidentLetters.Build(Scan, Organisation, links.To(ResidentLetters.EntryPath(Organisation)), plain);
        var pdf = new MemoryStream();
        PdfWriter.WriteAll($"Brieven quick scan {Organisation.Name}", letters, pdf);
        pdf.Position = 0;
        return File(pdf, "application/pdf", $"brieven-quickscan-{batch.CreatedAt:yyyyMMdd-HHmm}.pdf");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (scan, stop) = await access.LoadAsync(this, id, ct);
        if (stop is not null) return stop;
        Scan = scan!;
        Batches = await db.Set<VotingCodeBatch>().AsNoTracking().Where(b => b.ScopeId == id).OrderByDescending(b => b.CreatedAt)
            .Select(b => new Row(b.Count, db.Set<VotingCode>().Count(c => c.BatchId == b.Id && c.RedeemedAt != null), b.CreatedAt))
            .ToListAsync(ct);
        return null;
    }
}
