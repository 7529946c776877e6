using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Villages;

/// <summary>
/// One village initiative: everyone in the area reads it; its municipality's staff (or programme staff) add and
/// keep it up to date. A stale form (someone else saved in between) is refused instead of overwriting.
/// </summary>
internal sealed class InitiativePageModel(PleinDb db, CurrentUser me, AreaAccess areas, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        public string? Municipality { get; set; }
        [Required(ErrorMessage = "Vul de naam van het initiatief in."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Name { get; set; }
        [Required(ErrorMessage = "Vul het dorp in."), StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Village { get; set; }
        [Required(ErrorMessage = "Vul de naam van de contactpersoon in."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? ContactName { get; set; }
        [Required(ErrorMessage = "Vul het e-mailadres van de contactpersoon in."), EmailAddress(ErrorMessage = "Vul een e-mailadres in zoals naam@voorbeeld.nl."), StringLength(254, ErrorMessage = "Gebruik hoogstens 254 tekens.")] public string? ContactEmail { get; set; }
        [Phone(ErrorMessage = "Vul een telefoonnummer in, zoals 0596 123 456."), StringLength(30, ErrorMessage = "Gebruik hoogstens 30 tekens.")] public string? ContactPhone { get; set; }
        [Required(ErrorMessage = "Kies de stand.")] public InitiativeStatus? Status { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Needs { get; set; }
        public List<string> Steps { get; set; } = [];
        public long? Version { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public AreaAccess.Loaded Area { get; private set; } = default!;
    public VillageInitiative? Initiative { get; private set; }
    public string? MunicipalityName { get; private set; }
    public bool CanEdit { get; private set; }
    public List<SelectListItem> Municipalities { get; private set; } = [];
    public static IEnumerable<SelectListItem> Statuses => [new("Kies de stand", ""), .. Enum.GetValues<InitiativeStatus>().Select(s => new SelectListItem(VillageInitiative.Describe(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(string slug, string id, CancellationToken ct)
    {
        if (await LoadAsync(slug, id, ct) is { } stop) return stop;
        if (Initiative is { } v)
        {
            Input = new InputModel
            {
                Name = v.Name, Village = v.Village, ContactName = v.ContactName, ContactEmail = v.ContactEmail, ContactPhone = v.ContactPhone, Status = v.Status, Needs = v.Needs,
                Steps = [.. v.StepsDone], Version = RowVersion.Of(v.UpdatedAt),
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string id, CancellationToken ct)
    {
        if (await LoadAsync(slug, id, ct) is { } stop) return stop;
        if (!CanEdit) return Forbid();
        var municipality = Initiative?.OrganisationId ?? Area.Organisations.FirstOrDefault(o => o.Slug == Input.Municipality && Municipalities.Any(m => m.Value == o.Slug))?.Id;
        if (municipality is null) ModelState.AddModelError("Input.Municipality", "Kies de gemeente uit de lijst.");
        if (Input.Steps.Any(s => !ActiveVillageSteps.All.Any(a => a.Key == s))) ModelState.AddModelError("Input.Steps", "Kies de stappen uit de lijst.");
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        VillageInitiative target;
        if (Initiative is null)
        {
            target = new VillageInitiative { Id = Guid.NewGuid(), OrganisationId = municipality!.Value, AreaId = Area.Area.Id, CreatedAt = now };
            db.Add(target);
        }
        else
        {
            target = await db.National<VillageInitiative>().SingleAsync(v => v.Id == Initiative.Id, ct);
            // The version the person edited: if someone saved in between, the update finds no row and is refused.
            db.Entry(target).Property(v => v.UpdatedAt).OriginalValue = RowVersion.From(Input.Version ?? 0);
        }
        target.Name = Input.Name!.Trim();
        target.Village = Input.Village!.Trim();
        target.ContactName = Input.ContactName!.Trim();
        target.ContactEmail = Input.ContactEmail!.Trim();
        target.ContactPhone = string.IsNullOrWhiteSpace(Input.ContactPhone) ? null : Input.ContactPhone.Trim();
        target.Status = Input.Status!.Value;
        target.Needs = Input.Needs?.Trim() ?? "";
        target.StepsDone = [.. ActiveVillageSteps.All.Select(s => s.Key).Where(Input.Steps.Contains)];
        target.UpdatedAt = now;
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.AddModelError("Input.Name", "Iemand anders heeft dit initiatief net gewijzigd. Open de pagina opnieuw en voer uw wijziging nog eens in.");
            return Page();
        }
        TempData["Melding"] = "Het dorpsinitiatief is opgeslagen.";
        return Redirect($"/gebieden/{Area.Area.Slug}/dorpsinitiatieven/{target.Id}");
    }

    private async Task<IActionResult?> LoadAsync(string slug, string id, CancellationToken ct)
    {
        if (await areas.BySlugAsync(slug, ct) is not { } area) return NotFound();
        var loaded = await me.LoadAsync(ct);
        if (this.Enforce(AreaPermissions.View(loaded, area.Ids)) is { } denied) return denied;
        Area = area;
        if (id != "nieuw")
        {
            if (!Guid.TryParse(id, out var guid)) return NotFound();
            // Limited to this area's register, which its organisations share.
            Initiative = await db.National<VillageInitiative>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == guid && v.AreaId == area.Area.Id, ct);
            if (Initiative is null) return NotFound();
            MunicipalityName = area.Organisations.FirstOrDefault(o => o.Id == Initiative.OrganisationId)?.Name;
            CanEdit = AreaPermissions.CanEditFor(loaded, Initiative.OrganisationId);
        }
        else
        {
            Municipalities = [new("Kies de gemeente", ""), .. area.Organisations.Where(o => AreaPermissions.CanEditFor(loaded, o.Id)).Select(o => new SelectListItem(o.Name, o.Slug))];
            CanEdit = Municipalities.Count > 1;
            if (!CanEdit) return Forbid();
        }
        return null;
    }
}
