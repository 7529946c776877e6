using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Platform.Tenancy.Manage;

/// <summary>Programme staff rename, merge or end an organisation. History is kept; nothing is deleted.</summary>
internal sealed class EditModel(PleinDb db, RegisterAdmin admin, TimeProvider clock) : PageModel
{
    public sealed class RenameInput
    {
        [Required(ErrorMessage = "Vul de nieuwe naam in.")]
        [StringLength(200, MinimumLength = 2, ErrorMessage = "Gebruik 2 tot 200 tekens.")]
        public string Name { get; set; } = "";
    }

    public sealed class MergeInput
    {
        [Required(ErrorMessage = "Kies de organisatie waarin deze opgaat.")]
        public string Into { get; set; } = "";

        [Required(ErrorMessage = "Vul een geldige datum in, bijvoorbeeld 2027-01-01.")]
        public DateOnly? On { get; set; }
    }

    public sealed class EndInput
    {
        [Required(ErrorMessage = "Vul een geldige datum in, bijvoorbeeld 2027-01-01.")]
        public DateOnly? On { get; set; }
    }

    public sealed class SizeInput
    {
        [Range(1, 20_000_000, ErrorMessage = "Vul een aantal inwoners in van 1 of meer, of laat het veld leeg.")]
        public int? Inhabitants { get; set; }
    }

    [BindProperty] public RenameInput Rename { get; set; } = new();
    [BindProperty] public SizeInput Size { get; set; } = new();
    [BindProperty] public MergeInput Merge { get; set; } = new();
    [BindProperty] public EndInput End { get; set; } = new();

    public Organisation Organisation { get; private set; } = default!;
    public IReadOnlyList<OrganisationEvent> History { get; private set; } = [];
    public IReadOnlyList<SelectListItem> MergeOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await admin.DenyAsync(this, ct) is { } denied) return denied;
        if (!await LoadAsync(slug, ct)) return NotFound();
        Rename.Name = Organisation.Name;
        Size.Inhabitants = Organisation.Inhabitants;
        return Page();
    }

    public async Task<IActionResult> OnPostSizeAsync(string slug, CancellationToken ct)
    {
        if (await admin.DenyAsync(this, ct) is { } denied) return denied;
        if (!await LoadAsync(slug, ct)) return NotFound();
        this.KeepOnly(nameof(Size));
        if (!ModelState.IsValid) return Page();
        Organisation.RecordInhabitants(Size.Inhabitants);
        await admin.RecordAsync(Organisation, "organisatie.inwoners", $"{Organisation.Name}: {Size.Inhabitants?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "onbekend"}", ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het aantal inwoners is opgeslagen.";
        return Redirect($"/organisaties/{Organisation.Slug}/wijzigen");
    }

    public async Task<IActionResult> OnPostRenameAsync(string slug, CancellationToken ct)
    {
        if (await admin.DenyAsync(this, ct) is { } denied) return denied;
        if (!await LoadAsync(slug, ct)) return NotFound();
        this.KeepOnly(nameof(Rename));
        if (Organisation.HasEndDate) ModelState.AddModelError("Rename.Name", "Een beëindigde organisatie kunt u niet meer wijzigen.");
        var newSlug = Slugs.For(Organisation.Kind, Rename.Name ?? "");
        if (ModelState.IsValid && (newSlug.Length < 2 || Slugs.Reserved.Contains(newSlug)))
            ModelState.AddModelError("Rename.Name", "Kies een naam met letters of cijfers.");
        if (ModelState.IsValid && await admin.SlugTakenAsync(newSlug, Organisation.Id, ct))
            ModelState.AddModelError("Rename.Name", "Er is al een organisatie met (bijna) deze naam.");
        if (!ModelState.IsValid) return Page();
        var change = Organisation.Rename(Rename.Name!, newSlug, clock.GetUtcNow(), admin.UserId);
        db.OrganisationEvents.Add(change);
        await admin.RecordAsync(Organisation, "organisatie.hernoemd", change.Description, ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De naam is gewijzigd.";
        return Redirect($"/organisaties/{Organisation.Slug}/wijzigen");
    }

    public async Task<IActionResult> OnPostMergeAsync(string slug, CancellationToken ct)
    {
        if (await admin.DenyAsync(this, ct) is { } denied) return denied;
        if (!await LoadAsync(slug, ct)) return NotFound();
        this.KeepOnly(nameof(Merge));
        var target = MergeOptions.Any(o => o.Value == Merge.Into) ? await db.Organisations.FirstOrDefaultAsync(o => o.Slug == Merge.Into, ct) : null;
        if (!string.IsNullOrEmpty(Merge.Into) && target is null) ModelState.AddModelError("Merge.Into", "Kies een organisatie uit de lijst.");
        if (Organisation.HasEndDate) ModelState.AddModelError("Merge.Into", "Deze organisatie is al beëindigd.");
        if (!ModelState.IsValid) return Page();
        var change = Organisation.MergeInto(target!, Merge.On!.Value, clock.GetUtcNow(), admin.UserId);
        db.OrganisationEvents.Add(change);
        db.OrganisationEvents.Add(OrganisationEvent.Absorbed(target!.Id, Organisation, clock.GetUtcNow(), admin.UserId));
        await admin.RecordAsync(Organisation, "organisatie.samengevoegd", $"{Organisation.Name} → {target.Name}", ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De organisaties zijn samengevoegd.";
        return Redirect($"/organisaties/{Organisation.Slug}/wijzigen");
    }

    public async Task<IActionResult> OnPostEndAsync(string slug, CancellationToken ct)
    {
        if (await admin.DenyAsync(this, ct) is { } denied) return denied;
        if (!await LoadAsync(slug, ct)) return NotFound();
        this.KeepOnly(nameof(End));
        if (Organisation.HasEndDate) ModelState.AddModelError("End.On", "Deze organisatie is al beëindigd.");
        if (!ModelState.IsValid) return Page();
        db.OrganisationEvents.Add(Organisation.End(End.On!.Value, clock.GetUtcNow(), admin.UserId));
        await admin.RecordAsync(Organisation, "organisatie.beëindigd", Organisation.Name, ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De organisatie is beëindigd.";
        return Redirect($"/organisaties/{Organisation.Slug}/wijzigen");
    }


    private async Task<bool> LoadAsync(string? slug, CancellationToken ct)
    {
        // A post whose form cannot be read (a NUL, over the limits) binds nothing, not even the slug.
        if (slug is null) return false;
        var found = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug.ToLowerInvariant(), ct);
        if (found is null) return false;
        Organisation = found;
        History = await db.OrganisationEvents.AsNoTracking().Where(e => e.OrganisationId == found.Id).OrderBy(e => e.Id).ToListAsync(ct);
        MergeOptions = new[] { new SelectListItem("Kies een organisatie", "") }.Concat(
            (await db.Organisations.AsNoTracking().Where(o => o.Kind == found.Kind && o.Id != found.Id && o.EndedOn == null)
                .OrderBy(o => o.Name).Select(o => new { o.Name, o.Slug }).ToListAsync(ct))
            .Select(o => new SelectListItem(o.Name, o.Slug))).ToList();
        return true;
    }
}
