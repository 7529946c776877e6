using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Villages;

/// <summary>The area's page for its organisations: who is in it, and the register of village initiatives with filters.</summary>
internal sealed class AreaPageModel(PleinDb db, CurrentUser me, AreaAccess areas) : PageModel
{
    internal sealed record Row(VillageInitiative Initiative, string Municipality);

    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public InitiativeStatus? Stand { get; set; }
    public AreaAccess.Loaded Area { get; private set; } = default!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Organisation> CanAddFor { get; private set; } = [];
    public bool CanManage { get; private set; }
    public List<SelectListItem> Municipalities { get; private set; } = [];
    public static IEnumerable<SelectListItem> Statuses(string empty) => [new(empty, ""), .. Enum.GetValues<InitiativeStatus>().Select(s => new SelectListItem(VillageInitiative.Describe(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await areas.BySlugAsync(slug, ct) is not { } area) return NotFound();
        var loaded = await me.LoadAsync(ct);
        if (this.Enforce(AreaPermissions.View(loaded, area.Ids)) is { } denied) return denied;
        Area = area;
        CanManage = AreaPermissions.Manage(loaded) == PlatformPermissions.Verdict.Allowed;
        CanAddFor = [.. area.Organisations.Where(o => AreaPermissions.CanEditFor(loaded, o.Id))];
        Municipalities = [new("Alle gemeenten", ""), .. area.Organisations.Select(o => new SelectListItem(o.Name, o.Slug))];
        var chosen = area.Organisations.FirstOrDefault(o => o.Slug == Gemeente)?.Id;
        // The area's organisations share this register: a national read limited to the area.
        var initiatives = await db.National<VillageInitiative>().AsNoTracking()
            .Where(v => v.AreaId == area.Area.Id && (chosen == null || v.OrganisationId == chosen) && (Stand == null || v.Status == Stand))
            .OrderBy(v => v.Village).ThenBy(v => v.Name).ToListAsync(ct);
        Rows = [.. initiatives.Select(v => new Row(v, area.Organisations.FirstOrDefault(o => o.Id == v.OrganisationId)?.Name ?? ""))];
        return Page();
    }
}
