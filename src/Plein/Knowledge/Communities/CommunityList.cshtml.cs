using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Bottlenecks;
using Plein.Knowledge.Discussions;
using Plein.Knowledge.Library;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Communities;

/// <summary>The communities with what is in them. Anyone sees the themes; members go in.</summary>
internal sealed class CommunityListModel(PleinDb db, CurrentUser me) : PageModel
{
    internal sealed record Row(Community Community, int Discussions, int Documents, int Bottlenecks);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanTakePart { get; private set; }
    public bool CanModerate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        CanTakePart = KnowledgePermissions.Participate(loaded) == PlatformPermissions.Verdict.Allowed;
        CanModerate = KnowledgePermissions.Moderate(loaded) == PlatformPermissions.Verdict.Allowed;
        Rows = await db.Set<Community>().AsNoTracking().OrderBy(c => c.Order)
            .Select(c => new Row(c,
                db.Set<Discussion>().Count(d => d.CommunityId == c.Id && d.HiddenAt == null),
                db.Set<LibraryDocument>().Count(d => d.CommunityId == c.Id && d.RemovedAt == null),
                db.Set<Bottleneck>().Count(b => b.CommunityId == c.Id && b.HiddenAt == null)))
            .ToListAsync(ct);
    }
}
