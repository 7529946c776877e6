using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;

namespace Plein.AreaSupport.Grants;

/// <summary>Programme staff settle a grant on its spending report, or send the report back with what to correct.</summary>
internal sealed class GrantReviewModel(PleinDb db, CurrentUser me, AreaAccess areas, AuditLog audit, Mailer mailer, AccountLinks links, TimeProvider clock) : PageModel
{
    internal sealed class ReviewInput
    {
        [Required(ErrorMessage = "Kies wat u doet met de verantwoording.")] public bool? Settle { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Remark { get; set; }
        public long Version { get; set; }
    }

    [BindProperty] public ReviewInput Review { get; set; } = new();
    public AreaAccess.Loaded Area { get; private set; } = default!;
    public Grant Grant { get; private set; } = default!;
    public Platform.Tenancy.Organisation Organisation { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await LoadAsync(slug, id, ct) is { } stop) return stop;
        Review.Version = RowVersion.Of(Grant.UpdatedAt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await LoadAsync(slug, id, ct) is { } stop) return stop;
        if (Grant.State != GrantState.Verantwoord)
        {
            TempData["Melding"] = "Er is geen verantwoording om te beoordelen. Misschien heeft een collega haar net beoordeeld.";
            return Redirect($"/gebieden/{Area.Area.Slug}/beheer/subsidies/{id}");
        }
        if (Review.Settle == false && string.IsNullOrWhiteSpace(Review.Remark)) ModelState.AddModelError("Review.Remark", "Schrijf wat de organisatie moet aanpassen.");
        if (!ModelState.IsValid) return Page();
        var tracked = await db.National<Grant>().SingleAsync(g => g.Id == id, ct);
        db.Entry(tracked).Property(g => g.UpdatedAt).OriginalValue = RowVersion.From(Review.Version);
        var now = clock.GetUtcNow();
        var remark = string.IsNullOrWhiteSpace(Review.Remark) ? null : Review.Remark.Trim();
        if (Review.Settle == true) tracked.SettledAt = now;
        else tracked.ReportedAt = null;
        (tracked.Remark, tracked.UpdatedAt) = (remark, now);
        var what = Review.Settle == true ? "vastgesteld" : "terug voor aanpassing";
        audit.Record(tracked.OrganisationId, Review.Settle == true ? "gebied.subsidie-vastgesteld" : "gebied.subsidie-terug", Grant.Describe(tracked.Purpose), remark);
        var contacts = await areas.GrantContactsAsync(tracked.OrganisationId, ct);
        foreach (var email in contacts)
            mailer.Enqueue(email, $"Verantwoording subsidie {what}", $"De verantwoording van de subsidie voor {Grant.Describe(tracked.Purpose)} is {what}.{(remark is null ? "" : $"\n\n{remark}")}\n\n{links.To($"/{Organisation.Slug}/gebiedsondersteuning/subsidies/{id}")}");
        if (!await db.TrySaveAsync(ct))
        {
            TempData["Melding"] = "De organisatie of een collega heeft deze subsidie net gewijzigd. Bekijk hoe zij er nu voor staat.";
            return Redirect($"/gebieden/{Area.Area.Slug}/beheer/subsidies/{id}");
        }
        TempData["Melding"] = "De verantwoording is beoordeeld. De organisatie krijgt bericht.";
        return Redirect($"/gebieden/{Area.Area.Slug}/beheer");
    }

    private async Task<IActionResult?> LoadAsync(string slug, Guid id, CancellationToken ct)
    {
        if (this.Enforce(AreaPermissions.Manage(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await areas.BySlugAsync(slug, ct) is not { } area) return NotFound();
        Area = area;
        // Programme staff review grants of every organisation in the area.
        if (await db.National<Grant>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id && g.AreaId == area.Area.Id, ct) is not { } grant) return NotFound();
        Grant = grant;
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == grant.OrganisationId, ct);
        return null;
    }
}
