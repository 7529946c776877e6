using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Api;

namespace Plein.Platform.Tenancy.Manage;

/// <summary>Programme staff add an organisation to the national register.</summary>
internal sealed partial class AddModel(PleinDb db, RegisterAdmin admin, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een soort.")]
        public string Kind { get; set; } = "";

        [Required(ErrorMessage = "Vul de naam in.")]
        [StringLength(200, MinimumLength = 2, ErrorMessage = "Gebruik 2 tot 200 tekens.")]
        public string Name { get; set; } = "";

        [StringLength(16, ErrorMessage = "Gebruik hoogstens 16 tekens.")]
        public string? Code { get; set; }

        [StringLength(60, ErrorMessage = "Kies een provincie uit de lijst.")]
        public string? Province { get; set; }
    }

    [GeneratedRegex(@"^GM\d{4}$")] private static partial Regex GemeenteCode();
    [GeneratedRegex(@"^PV\d{2}$")] private static partial Regex ProvincieCode();

    [BindProperty] public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> KindOptions => new[] { new SelectListItem("Kies een soort", "") }
        .Concat(new[] { OrganisationKind.Gemeente, OrganisationKind.Provincie, OrganisationKind.Waterschap, OrganisationKind.OpenbaarLichaam }
            .Select(k => new SelectListItem(OrganisationText.Kind(k), OrganisationKinds.ApiName(k))));

    public IEnumerable<SelectListItem> ProvinceOptions => new[] { new SelectListItem("Geen provincie", "") }
        .Concat(OrganisationRegister.ReferenceRows().Where(r => r.Kind == OrganisationKind.Provincie).Select(r => new SelectListItem(r.Name, r.Name)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await admin.DenyAsync(this, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await admin.DenyAsync(this, ct) is { } denied) return denied;
        var code = string.IsNullOrWhiteSpace(Input.Code) ? null : Input.Code.Trim().ToUpperInvariant();
        var kindOk = OrganisationKinds.TryParse(Input.Kind ?? "", out var kind) && kind != OrganisationKind.Programmabureau;
        if (!string.IsNullOrEmpty(Input.Kind) && !kindOk) ModelState.AddModelError("Input.Kind", "Kies een soort uit de lijst.");
        if (kindOk && code is not null && kind == OrganisationKind.Gemeente && !GemeenteCode().IsMatch(code))
            ModelState.AddModelError("Input.Code", "Een gemeentecode is GM met 4 cijfers, bijvoorbeeld GM0193.");
        if (kindOk && code is not null && kind == OrganisationKind.Provincie && !ProvincieCode().IsMatch(code))
            ModelState.AddModelError("Input.Code", "Een provinciecode is PV met 2 cijfers, bijvoorbeeld PV23.");
        if (code is not null && await db.Organisations.AnyAsync(o => o.Code == code, ct))
            ModelState.AddModelError("Input.Code", "Deze code hoort al bij een andere organisatie.");
        var province = string.IsNullOrEmpty(Input.Province) ? null : Input.Province;
        if (province is not null && !ProvinceOptions.Any(p => p.Value == province)) ModelState.AddModelError("Input.Province", "Kies een provincie uit de lijst.");
        var slug = kindOk && !string.IsNullOrWhiteSpace(Input.Name) ? Slugs.For(kind, Input.Name) : "";
        if (ModelState.IsValid && (slug.Length < 2 || Slugs.Reserved.Contains(slug)))
            ModelState.AddModelError("Input.Name", "Kies een naam met letters of cijfers.");
        if (ModelState.IsValid && await admin.SlugTakenAsync(slug, null, ct))
            ModelState.AddModelError("Input.Name", "Er is al een organisatie met (bijna) deze naam.");
        if (!ModelState.IsValid) return Page();

        var organisation = Organisation.Create(kind, Input.Name, slug, code, province, clock.GetUtcNow());
        db.Organisations.Add(organisation);
        db.OrganisationEvents.Add(OrganisationEvent.Added(organisation, clock.GetUtcNow(), admin.UserId));
        await admin.RecordAsync(organisation, "organisatie.toegevoegd", organisation.Name, ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De organisatie is toegevoegd.";
        return Redirect($"/organisaties/{organisation.Slug}/wijzigen");
    }
}
