using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.QuickScan.Scans;

/// <summary>Up to four questions of the organisation's own, asked after the national themes.</summary>
internal sealed class CustomQuestionsModel(PleinDb db, ITenantContext tenant, ScanAccess access, AuditLog audit) : PageModel
{
    internal sealed class Row
    {
        public string? Text { get; set; }
        public string Kind { get; set; } = "open";
    }

    [BindProperty] public List<Row> Input { get; set; } = [];
    public Scan Scan { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";
    public static IEnumerable<SelectListItem> Kinds => [new("Open vraag", "open"), new("Stelling (eens/oneens)", "stelling")];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Input = [.. Scan.CustomQuestions.Select(q => new Row { Text = q.Text, Kind = q.Scale ? "stelling" : "open" })];
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Input.Count > Scan.MaxCustomQuestions) return BadRequest();
        for (var i = 0; i < Input.Count; i++)
        {
            if (Input[i].Text is { Length: > 300 }) ModelState.AddModelError($"Input[{i}].Text", "Gebruik hoogstens 300 tekens.");
            else if (Input[i].Text is { } t && !string.IsNullOrWhiteSpace(t) && t.Trim().Length < 5) ModelState.AddModelError($"Input[{i}].Text", "Schrijf de vraag helemaal uit.");
            if (Input[i].Kind is not ("open" or "stelling")) ModelState.AddModelError($"Input[{i}].Kind", "Kies een soort uit de lijst.");
        }
        if (!ModelState.IsValid)
        {
            Pad();
            return Page();
        }
        var scan = await db.Set<Scan>().SingleAsync(x => x.Id == id, ct);
        scan.CustomQuestions = [.. Input.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => new CustomQuestion { Text = r.Text!.Trim(), Scale = r.Kind == "stelling" })];
        audit.Record(Organisation.Id, "quickscan.eigen-vragen", $"{scan.CustomQuestions.Count} vragen");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De eigen vragen zijn opgeslagen.";
        return Redirect(Path);
    }

    private void Pad()
    {
        while (Input.Count < Scan.MaxCustomQuestions) Input.Add(new Row());
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (scan, stop) = await access.PreparingAsync(this, id, "De vragenlijst is al open; de vragen liggen vast.", ct);
        Scan = scan!;
        return stop;
    }
}
