using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Communities;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Bottlenecks;

/// <summary>For the programme: the most recognised knelpunten across communities, and which labels come back most.</summary>
internal sealed class BottleneckOverviewModel(PleinDb db, CurrentUser me) : PageModel
{
    public const int Top = 25;

    internal sealed record Row(BottleneckQueries.Counted Item, Community Community);

    [BindProperty(SupportsGet = true)] public string? Gemeenschap { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(string Label, int Count)> Labels { get; private set; } = [];
    public List<SelectListItem> Communities { get; private set; } = [];

    public static string Describe(BottleneckStatus status) => status switch
    {
        BottleneckStatus.Nieuw => "nog niet opgepakt",
        BottleneckStatus.Opgepakt => "opgepakt",
        _ => "afgerond",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(KnowledgePermissions.Moderate(await me.LoadAsync(ct))) is { } denied) return denied;
        var communities = await db.Set<Community>().AsNoTracking().OrderBy(c => c.Order).ToListAsync(ct);
        Communities = [new("Alle gemeenschappen", ""), .. communities.Select(c => new SelectListItem(c.Title, c.Slug))];
        var chosen = communities.FirstOrDefault(c => c.Slug == Gemeenschap);
        var query = BottleneckQueries.WithCounts(db).Where(x => x.Bottleneck.HiddenAt == null && (chosen == null || x.Bottleneck.CommunityId == chosen.Id));
        Total = await query.CountAsync(ct);
        var top = await query.OrderByDescending(x => x.Recognitions).ThenByDescending(x => x.Organisations).ThenBy(x => x.Bottleneck.CreatedAt).Take(Top).ToListAsync(ct);
        Rows = [.. top.Select(x => new Row(x, communities.Single(c => c.Id == x.Bottleneck.CommunityId)))];
        // Labels over every knelpunt in scope, not only the top: a JSON column, so counted here.
        var tags = await db.Set<Bottleneck>().AsNoTracking().Where(b => b.HiddenAt == null && (chosen == null || b.CommunityId == chosen.Id)).Select(b => b.Tags).ToListAsync(ct);
        Labels = [.. tags.SelectMany(t => t).GroupBy(t => t).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.CurrentCulture).Take(15)];
        return Page();
    }
}
