using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.AreaSupport.Requests;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Mail;

namespace Plein.AreaSupport.Grants;

/// <summary>Programme staff: the area's support requests, and its grants with what each organisation received and reported.</summary>
internal sealed class AreaAdminModel(PleinDb db, CurrentUser me, AreaAccess areas, AuditLog audit, Mailer mailer, AccountLinks links, TimeProvider clock) : PageModel
{
    internal sealed class GrantInput
    {
        [Required(ErrorMessage = "Kies de organisatie.")] public string? Organisation { get; set; }
        [Required(ErrorMessage = "Kies het doel.")] public GrantPurpose? Purpose { get; set; }
        [Required(ErrorMessage = "Schrijf waarvoor de subsidie is."), StringLength(1000, ErrorMessage = "Gebruik hoogstens 1.000 tekens.")] public string? Description { get; set; }
        [Required(ErrorMessage = "Vul het bedrag in."), Range(1, (double)Grant.MaxAmount, ErrorMessage = "Vul een bedrag in van 1 tot 1.000.000 euro.")] public decimal? Amount { get; set; }
        [Required(ErrorMessage = "Kies de datum waarop de verantwoording binnen moet zijn.")] public DateOnly? ReportDue { get; set; }
    }

    internal sealed record RequestRow(AreaSupportRequest Request, string Organisation);
    internal sealed record GrantRow(Grant Grant, string Organisation, string Slug);
    internal sealed record Total(string Organisation, decimal Granted, decimal Spent, int Count);

    [BindProperty] public GrantInput NewGrant { get; set; } = new();
    public AreaAccess.Loaded Area { get; private set; } = default!;
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];
    public IReadOnlyList<Total> Totals { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];
    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static IEnumerable<SelectListItem> Purposes => [new("Kies het doel", ""), .. Enum.GetValues<GrantPurpose>().Select(p => new SelectListItem(Grant.Describe(p), p.ToString()))];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } stop) return stop;
        var organisation = Area.Organisations.FirstOrDefault(o => o.Slug == NewGrant.Organisation);
        if (NewGrant.Organisation is not null && organisation is null) ModelState.AddModelError("NewGrant.Organisation", "Kies een organisatie uit dit gebied.");
        if (NewGrant.Amount is { } amount && decimal.Round(amount, 2) != amount) ModelState.AddModelError("NewGrant.Amount", "Gebruik hoogstens twee cijfers achter de komma.");
        if (NewGrant.ReportDue is { } due && due <= Platform.Tenancy.Organisation.Today) ModelState.AddModelError("NewGrant.ReportDue", "Kies een datum na vandaag.");
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var grant = new Grant
        {
            Id = Guid.NewGuid(), OrganisationId = organisation!.Id, AreaId = Area.Area.Id, Purpose = NewGrant.Purpose!.Value, Description = NewGrant.Description!.Trim(),
            Amount = NewGrant.Amount!.Value, GrantedAt = now, ReportDue = NewGrant.ReportDue!.Value, UpdatedAt = now,
        };
        db.Add(grant);
        audit.Record(organisation.Id, "gebied.subsidie-toegekend", Grant.Describe(grant.Purpose), $"{grant.Amount:0.00}");
        var contacts = await areas.GrantContactsAsync(organisation.Id, ct);
        foreach (var email in contacts)
            mailer.Enqueue(email, $"Subsidie toegekend: {Grant.Describe(grant.Purpose)}",
                string.Create(Dutch, $"Het programma Democratie in Actie kent {organisation.Name} {grant.Amount:N2} euro toe voor {Grant.Describe(grant.Purpose)}.\n\n{grant.Description}\n\nVerantwoord de besteding voor {grant.ReportDue:d MMMM yyyy} op {links.To($"/{organisation.Slug}/gebiedsondersteuning/subsidies/{grant.Id}")}"));
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De subsidie is toegekend. De organisatie krijgt bericht.";
        return Redirect($"/gebieden/{Area.Area.Slug}/beheer");
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        if (this.Enforce(AreaPermissions.Manage(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await areas.BySlugAsync(slug, ct) is not { } area) return NotFound();
        Area = area;
        Organisations = [new("Kies de organisatie", ""), .. area.Organisations.Select(o => new SelectListItem(o.Name, o.Slug))];
        string Name(Guid id) => area.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "";
        // Programme staff work across the area's organisations: national reads limited to the area.
        var requests = await db.National<AreaSupportRequest>().AsNoTracking().Where(r => r.AreaId == area.Area.Id).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        Requests = [.. requests.OrderByDescending(r => r.IsOpen).Select(r => new RequestRow(r, Name(r.OrganisationId)))];
        var grants = await db.National<Grant>().AsNoTracking().Where(g => g.AreaId == area.Area.Id).OrderByDescending(g => g.GrantedAt).ToListAsync(ct);
        Grants = [.. grants.Select(g => new GrantRow(g, Name(g.OrganisationId), area.Organisations.FirstOrDefault(o => o.Id == g.OrganisationId)?.Slug ?? ""))];
        Totals = [.. grants.GroupBy(g => g.OrganisationId).Select(x => new Total(Name(x.Key), x.Sum(g => g.Amount), x.Sum(g => g.Spent ?? 0), x.Count())).OrderByDescending(t => t.Granted)];
        return null;
    }
}
