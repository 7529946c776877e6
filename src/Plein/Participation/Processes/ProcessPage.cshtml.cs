using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Content;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.Participation.Proposals;
using Plein.Platform.Verification;

namespace Plein.Participation.Processes;

/// <summary>A process: its text, phase timeline, outcome and proposals (filter, sort, 20 per page).</summary>
internal sealed class ProcessPageModel(
    PleinDb db, ITenantContext tenant, CurrentUser me, Proposals.ProposalSearch search, Microsoft.Extensions.Caching.Memory.IMemoryCache cache,
    Verifier verifier, IEnumerable<Contracts.IProcessLinks> sections) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Volgorde { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Na { get; set; }
    [BindProperty(SupportsGet = true)] public string? Voor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    [BindProperty(SupportsGet = true)] public string? Thema { get; set; }
    [BindProperty(SupportsGet = true)] public string? Wijk { get; set; }
    public List<SelectListItem> AreaOptions { get; private set; } = [];
    public IReadOnlyList<string> Themes { get; private set; } = [];
    public IEnumerable<SelectListItem> ThemeOptions => new[] { new SelectListItem("Alle thema's", "") }.Concat(Themes.Select(t => new SelectListItem(t, t)));

    public Process Process { get; private set; } = default!;
    public Phase? CurrentPhase { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public string OutcomeHtml { get; private set; } = "";
    public bool CanManage { get; private set; }
    public ParticipationPermissions.Decision Propose { get; private set; } = ParticipationPermissions.Decision.No("");
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];
    public IReadOnlyList<Survey> Surveys { get; private set; } = [];
    public List<Contracts.IProcessLinks.Link> Sections { get; } = [];
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }
    public string? NextCursor { get; private set; }
    public string? PreviousCursor { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;

    public IEnumerable<SelectListItem> StatusOptions => new[] { new SelectListItem("Alle", "") }
        .Concat(Enum.GetValues<ProposalStatus>().Select(s => new SelectListItem(ParticipationModule.Text(s), s.ToString().ToLowerInvariant())));

    public IEnumerable<SelectListItem> SortOptions =>
    [
        new(string.IsNullOrWhiteSpace(Zoek) ? "Nieuwste eerst" : "Beste treffers eerst", ""), new("Meest gesteund", "meest-gesteund"), new("Willekeurig", "willekeurig"),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var loaded = await me.LoadAsync(ct);
        CanManage = ParticipationPermissions.CanManage(loaded, tenant.RequiredOrganisation().Id);
        var process = await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && (p.Published || CanManage), ct);
        if (process is null) return NotFound();
        Process = process;
        CurrentPhase = process.PhaseOn(Organisation.Today);
        BodyHtml = SafeMarkdown.ToHtml(process.Body);
        OutcomeHtml = process.Outcome is null ? "" : SafeMarkdown.ToHtml(process.Outcome);
        Propose = ParticipationPermissions.CanPropose(process, CurrentPhase, await verifier.LevelAsync(loaded, process.CensusAreaId, process.Id, CurrentPhase?.ProposeLevel ?? default, ct));
        Surveys = await db.Set<Survey>().AsNoTracking().Where(s => s.ParentId == id && s.Published).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        foreach (var section in sections) Sections.AddRange(await section.LinksAsync(id, ct));

        var query = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == id);
        if (Enum.TryParse<ProposalStatus>(Status, ignoreCase: true, out var status)) query = query.Where(p => p.Status == status);
        else query = query.Where(p => p.Status != ProposalStatus.Ingetrokken);
        // Counting and listing themes scan every proposal of the process; a few seconds' staleness is fine for both.
        Themes = await cache.GetOrCreateAsync(("themes", id), e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return db.Set<Proposal>().Where(p => p.ProcessId == id && p.Theme != null).Select(p => p.Theme!).Distinct().OrderBy(t => t).Take(50).ToListAsync(ct);
        }) ?? [];
        if (!string.IsNullOrEmpty(Thema)) query = query.Where(p => p.Theme == Thema);
        AreaOptions = await global::Plein.Participation.Proposals.ProposalAreas.OptionsAsync(db, "Alle wijken", ct);
        if (Guid.TryParse(Wijk, out var areaId)) query = query.Where(p => p.AreaId == areaId);
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            // At most 200 matches, best first unless another order was asked for; numbered pages over those.
            var ids = (await search.FindAsync(id, Zoek, ct)).ToList();
            var keys = await query.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.SupportCount, p.CreatedAt }).ToListAsync(ct);
            var ranked = Order switch
            {
                ProposalOrder.MostSupported => keys.OrderByDescending(k => k.SupportCount).ThenByDescending(k => k.CreatedAt).Select(k => k.Id),
                ProposalOrder.Random => keys.Select(k => k.Id).Order(),
                _ => keys.Select(k => k.Id).OrderBy(ids.IndexOf),
            };
            Total = keys.Count;
            PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
            Pagina = Math.Clamp(Pagina, 1, PageCount);
            var shown = ranked.Skip((Pagina - 1) * PageSize).Take(PageSize).ToList();
            var rows = await db.Set<Proposal>().AsNoTracking().Where(p => shown.Contains(p.Id)).ToListAsync(ct);
            Proposals = rows.OrderBy(p => shown.IndexOf(p.Id)).ToList();
            return Page();
        }
        // Counting scans every matching proposal; a few seconds' staleness is fine.
        Total = await cache.GetOrCreateAsync(("count", id, Status, Thema, Wijk), e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10);
            return query.CountAsync(ct);
        });
        var page = await ProposalListing.ReadAsync(query, Order, Na, Voor, PageSize, ct);
        (Proposals, NextCursor, PreviousCursor) = (page.Rows, page.Next, page.Previous);
        return Page();
    }

    private ProposalOrder Order => Volgorde switch
    {
        "meest-gesteund" => ProposalOrder.MostSupported,
        "willekeurig" => ProposalOrder.Random,
        _ => ProposalOrder.Newest,
    };

    /// <summary>This page's address with the filters kept and the paging replaced.</summary>
    public string Link(string paging) =>
        $"?zoek={Uri.EscapeDataString(Zoek ?? "")}&thema={Uri.EscapeDataString(Thema ?? "")}&wijk={Uri.EscapeDataString(Wijk ?? "")}&status={Uri.EscapeDataString(Status ?? "")}&volgorde={Uri.EscapeDataString(Volgorde ?? "")}&{paging}";
}
