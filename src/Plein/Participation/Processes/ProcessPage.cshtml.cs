using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Participation.Proposals;
using Plein.Platform.Verification;

namespace Plein.Participation.Processes;

/// <summary>A process: its text, phase timeline, outcome and proposals (filter, sort, 20 per page).</summary>
internal sealed class ProcessPageModel(
    PleinDb db, ITenantContext tenant, CurrentUser me, Proposals.ProposalSearch search, IMemoryCache cache, Verifier verifier, ProcessFrames frames) : PageModel
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

    public ProcessFrame Frame { get; private set; } = default!;
    public Process Process => Frame.Process;
    public Phase? CurrentPhase { get; private set; }
    public bool CanManage { get; private set; }
    public ParticipationPermissions.Decision Propose { get; private set; } = ParticipationPermissions.Decision.No("");
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }
    /// <summary>How many proposals a search found, counted up to one more than the <see cref="ProposalSearch.MaxResults"/> it lists.</summary>
    public int Found { get; private set; }
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
        if (await frames.FindAsync(id, ct) is not { } frame || !(frame.Process.Published || CanManage)) return NotFound();
        Frame = frame;
        CurrentPhase = Process.PhaseOn(Organisation.Today);
        Propose = ParticipationPermissions.CanPropose(Process, CurrentPhase, await verifier.LevelAsync(loaded, Process.CensusAreaId, Process.Id, CurrentPhase?.ProposeLevel ?? default, ct));

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
        AreaOptions = ProposalAreas.Options(frame.Areas, "Alle wijken");
        if (Guid.TryParse(Wijk, out var areaId)) query = query.Where(p => p.AreaId == areaId);
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            // At most 200 matches, best first unless another order was asked for; numbered pages over those.
            var statusChosen = Enum.TryParse<ProposalStatus>(Status, ignoreCase: true, out var chosen);
            var areaChosen = Guid.TryParse(Wijk, out var area);
            var filtered = statusChosen || !string.IsNullOrEmpty(Thema) || areaChosen;
            // Unfiltered, the matches are counted (kept for a few seconds, as the index's count is).
            if (!filtered)
                Found = await cache.GetOrCreateAsync(("found", id, string.Join(' ', ProposalSearch.Words(Zoek))), e =>
                {
                    e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10);
                    return search.CountAsync(id, Zoek, withWithdrawn: false, ct);
                });
            if (!filtered && Order == ProposalOrder.Newest)
            {
                // Every match is a card here in that order: only up to this page's twenty are read.
                Total = Math.Min(Found, ProposalSearch.MaxResults);
                var pagina = PageOf(Total);
                Proposals = (await search.FindAsync(id, Zoek, withWithdrawn: false, ct, limit: pagina * PageSize)).Skip((pagina - 1) * PageSize).ToList();
                return Page();
            }
            // Otherwise every match, filtered and sorted as asked here, and the page cut from them.
            var matches = (await search.FindAsync(id, Zoek, withWithdrawn: statusChosen, ct))
                .Where(p => (!statusChosen || p.Status == chosen) && (string.IsNullOrEmpty(Thema) || p.Theme == Thema) && (!areaChosen || p.AreaId == area));
            var ranked = Order switch
            {
                // A stable sort: equal support keeps the better match first.
                ProposalOrder.MostSupported => matches.OrderByDescending(c => c.SupportCount),
                ProposalOrder.Random => matches.OrderBy(c => c.Id),
                _ => matches,
            };
            var all = ranked.ToList();
            Total = all.Count;
            if (filtered) Found = Total;
            Proposals = all.Skip((PageOf(Total) - 1) * PageSize).Take(PageSize).ToList();
            return Page();
        }
        // Counting scans every matching proposal; a few seconds' staleness is fine.
        Total = await cache.GetOrCreateAsync(("count", id, Status, Thema, Wijk), e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10);
            return query.CountAsync(ct);
        });
        var page = await ProposalListing.ReadAsync(query, Order, Na, Voor, PageSize, ct, cardsOnly: true);
        (Proposals, NextCursor, PreviousCursor) = (page.Rows, page.Next, page.Previous);
        return Page();
    }

    /// <summary>
    /// Only when bench/ starts Plein (Bench:Probe): this page exactly as the first plain GET of it rendered, its model
    /// kept in memory, so no query runs. Issue 3 measures the index's throughput against this: "the same layout
    /// rendered with no query".
    /// </summary>
    public async Task<IActionResult> OnGetFromMemoryAsync(Guid id, [FromServices] IConfiguration config, CancellationToken ct)
    {
        if (!config.GetValue<bool>("Bench:Probe")) return NotFound();
        if (!Remembered.TryGetValue(id, out var kept))
        {
            if (await OnGetAsync(id, ct) is not PageResult page) return NotFound();
            Remembered[id] = kept = new(Frame, CurrentPhase, CanManage, Propose, Proposals, Total, NextCursor, PreviousCursor, Themes, AreaOptions);
            return page;
        }
        (Frame, CurrentPhase, CanManage, Propose, Proposals, Total, NextCursor, PreviousCursor, Themes, AreaOptions) = kept;
        return Page();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Kept> Remembered = new();

    private sealed record Kept(ProcessFrame Frame, Phase? CurrentPhase, bool CanManage, ParticipationPermissions.Decision Propose, IReadOnlyList<Proposal> Proposals,
        int Total, string? NextCursor, string? PreviousCursor, IReadOnlyList<string> Themes, List<SelectListItem> AreaOptions);

    /// <summary>The page asked for, within the pages that <paramref name="total"/> results make.</summary>
    private int PageOf(int total)
    {
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return Pagina = Math.Clamp(Pagina, 1, PageCount);
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
