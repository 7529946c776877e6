using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Grants;

/// <summary>The organisation reports what it spent a grant on; until the programme settles it, the report can be corrected.</summary>
internal sealed class GrantReportModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, Mailer mailer, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Vul in hoeveel u heeft uitgegeven."), Range(0, (double)Grant.MaxAmount, ErrorMessage = "Vul een bedrag van 0 euro of meer in.")] public decimal? Spent { get; set; }
        [Required(ErrorMessage = "Schrijf wat u met het geld heeft gedaan."), StringLength(8000, ErrorMessage = "Gebruik hoogstens 8.000 tekens.")] public string? Report { get; set; }
        public long Version { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Grant Grant { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        (Input.Spent, Input.Report, Input.Version) = (Grant.Spent, Grant.Report, RowVersion.Of(Grant.UpdatedAt));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Grant.State != GrantState.Toegekend)
        {
            TempData["Melding"] = "De verantwoording is al ingediend. U kunt haar alleen aanpassen als het programma daarom vraagt.";
            return Redirect($"/{Organisation.Slug}/gebiedsondersteuning/subsidies/{id}");
        }
        if (Input.Spent is { } spent && decimal.Round(spent, 2) != spent) ModelState.AddModelError("Input.Spent", "Gebruik hoogstens twee cijfers achter de komma.");
        if (Input.Spent > Grant.Amount) ModelState.AddModelError("Input.Spent", "U kunt niet meer verantwoorden dan de subsidie. Vul in wat u van de subsidie heeft uitgegeven.");
        if (!ModelState.IsValid) return Page();
        var tracked = await db.Set<Grant>().SingleAsync(g => g.Id == id, ct);
        db.Entry(tracked).Property(g => g.UpdatedAt).OriginalValue = RowVersion.From(Input.Version);
        var now = clock.GetUtcNow();
        (tracked.Spent, tracked.Report, tracked.ReportedAt, tracked.UpdatedAt) = (Input.Spent, Input.Report!.Trim(), now, now);
        audit.Record(Organisation.Id, "gebied.subsidie-verantwoord", Grant.Describe(tracked.Purpose), $"{tracked.Spent:0.00} van {tracked.Amount:0.00}");
        await mailer.EnqueueToProgrammeStaffAsync($"Verantwoording subsidie: {Organisation.Name}", $"{Organisation.Name} heeft de verantwoording ingediend van de subsidie voor {Grant.Describe(tracked.Purpose)}.", ct);
        if (!await db.TrySaveAsync(ct))
        {
            TempData["Melding"] = "Het programma heeft deze subsidie net gewijzigd. Bekijk hoe zij er nu voor staat.";
            return Redirect($"/{Organisation.Slug}/gebiedsondersteuning/subsidies/{id}");
        }
        TempData["Melding"] = "Uw verantwoording is ingediend. Het programma beoordeelt haar.";
        return Redirect($"/{Organisation.Slug}/gebiedsondersteuning/subsidies/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanActForOrganisation(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        if (await db.Set<Grant>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is not { } grant) return NotFound();
        Grant = grant;
        return null;
    }
}
