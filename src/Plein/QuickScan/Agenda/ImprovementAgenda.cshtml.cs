using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Agenda;

/// <summary>Steps 4 and 5: notes of the agenderingsgesprek, and the verbeteragenda (priorities with actions, owners and dates).</summary>
internal sealed class ImprovementAgendaModel(PleinDb db, ITenantContext tenant, ScanAccess access, AuditLog audit) : PageModel
{
    internal sealed class ItemForm
    {
        [Required(ErrorMessage = "Kies een thema.")]
        public string? ThemeKey { get; set; }
        [Required(ErrorMessage = "Vul een prioriteit in.")]
        [Range(1, 20, ErrorMessage = "Vul een getal van 1 tot en met 20 in.")]
        public int? Priority { get; set; }
        [Required(ErrorMessage = "Beschrijf de actie.")]
        [StringLength(1_000, MinimumLength = 5, ErrorMessage = "Gebruik 5 tot 1.000 tekens.")]
        public string Action { get; set; } = "";
        [Required(ErrorMessage = "Vul in wie de actie trekt.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Owner { get; set; } = "";
        [Required(ErrorMessage = "Vul een datum in.")]
        public DateOnly? Due { get; set; }
    }

    // Bound per handler (not as page properties), so saving the notes does not validate the action form and back.
    public ItemForm Item { get; private set; } = new();
    public string? Notes { get; private set; }
    public Scan Scan { get; private set; } = default!;
    public QuestionnaireVersion Version { get; private set; } = default!;
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";
    public bool Editable => Scan.State == ScanState.Gesloten;
    public IEnumerable<SelectListItem> ThemeOptions =>
        [new("Kies een thema", ""), .. Version.Definition.Themes.Select(t => new SelectListItem(Wording.For(Organisation.Kind).Fill(t.Title), t.Key))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Notes = Scan.AgendaNotes;
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, [StringLength(20_000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")] string? notes, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, edit: true) is { } stop) return stop;
        Notes = notes;
        if (!ModelState.IsValid) return Page();
        await db.Set<Scan>().Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.AgendaNotes, Notes ?? ""), ct);
        audit.Record(Organisation.Id, "quickscan.agendering", "verslag");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het verslag is opgeslagen.";
        return Redirect($"{Path}/verbeteragenda");
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, ItemForm item, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, edit: true) is { } stop) return stop;
        (Item, Notes) = (item, Scan.AgendaNotes);
        if (Item.ThemeKey is { } key && !Version.Definition.Themes.Any(t => t.Key == key)) ModelState.AddModelError("Item.ThemeKey", "Kies een thema uit de lijst.");
        if (Item.Due is { } due && due < Organisation.Today) ModelState.AddModelError("Item.Due", "Kies een datum vanaf vandaag.");
        if (!ModelState.IsValid) return Page();
        db.Add(new AgendaItem
        {
            Id = Guid.NewGuid(), ScanId = id, ThemeKey = Item.ThemeKey!, Priority = Item.Priority!.Value,
            Action = Item.Action.Trim(), Owner = Item.Owner.Trim(), Due = Item.Due!.Value,
        });
        audit.Record(Organisation.Id, "quickscan.actie", Item.Action.Trim());
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De actie staat op de verbeteragenda.";
        return Redirect($"{Path}/verbeteragenda");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid item, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, edit: true) is { } stop) return stop;
        if (await db.Set<AgendaItem>().Where(a => a.Id == item && a.ScanId == id).ExecuteDeleteAsync(ct) == 0) return NotFound();
        audit.Record(Organisation.Id, "quickscan.actie", "actie verwijderd");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De actie is van de verbeteragenda gehaald.";
        return Redirect($"{Path}/verbeteragenda");
    }

    public string ThemeTitle(string key) => Version.Definition.Themes.FirstOrDefault(t => t.Key == key) is { } t ? Wording.For(Organisation.Kind).Fill(t.Title) : key;

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct, bool edit = false)
    {
        var (scan, stop) = await access.LoadAsync(this, id, ct);
        if (stop is not null) return stop;
        if (scan!.State < ScanState.Gesloten) return NotFound();
        Scan = scan;
        Version = await db.Set<QuestionnaireVersion>().AsNoTracking().SingleAsync(v => v.Id == scan.VersionId, ct);
        Items = await db.Set<AgendaItem>().AsNoTracking().Where(a => a.ScanId == id).OrderBy(a => a.Priority).ThenBy(a => a.Due).ToListAsync(ct);
        if (edit && !Editable)
        {
            TempData["Melding"] = "De verbeteragenda is gedeeld en ligt vast.";
            return Redirect($"{Path}/verbeteragenda");
        }
        return null;
    }
}
