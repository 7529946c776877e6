using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Api;

namespace Plein.Platform.Tenancy.Register;

/// <summary>The national register: every organisation, searchable, with its status on Plein.</summary>
internal sealed class IndexModel(PleinDb db, CurrentUser me) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;

    public IReadOnlyList<Organisation> Rows { get; private set; } = [];
    public HashSet<Guid> ActiveIds { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public bool CanManage { get; private set; }
    public IEnumerable<SelectListItem> KindOptions =>
        new[] { new SelectListItem("Alle soorten", "") }.Concat(Enum.GetValues<OrganisationKind>()
            .Select(k => new SelectListItem(OrganisationText.Kind(k), OrganisationKinds.ApiName(k))));

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Zoek) && Zoek.Length <= 100)
            query = query.Where(o => o.Name.ToLower().Contains(Zoek.Trim().ToLower()) || o.Code == Zoek.Trim().ToUpper());
        if (Soort is not null && OrganisationKinds.TryParse(Soort, out var kind)) query = query.Where(o => o.Kind == kind);
        Total = await query.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        Pagina = Math.Clamp(Pagina, 1, PageCount);
        Rows = await query.OrderBy(o => o.Name).Skip((Pagina - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = Rows.Select(r => r.Id).ToList();
        // National overview: which of these organisations have members.
        ActiveIds = (await db.National<Membership>().Where(m => ids.Contains(m.OrganisationId)).Select(m => m.OrganisationId).Distinct().ToListAsync(ct)).ToHashSet();
        CanManage = PlatformPermissions.CanManageRegister(await me.LoadAsync(ct)) == PlatformPermissions.Verdict.Allowed;
    }
}
