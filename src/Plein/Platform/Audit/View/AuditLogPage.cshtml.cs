using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Audit.View;

/// <summary>A beheerder or griffier reads the organisation's audit log, newest first, 50 at a time.</summary>
internal sealed class AuditLogPageModel(PleinDb db, ITenantContext tenant, CurrentUser me) : PageModel
{
    private const int PageSize = 50;

    internal sealed record Row(DateTimeOffset At, string? Actor, string Action, string Subject);

    public IReadOnlyList<Row> Entries { get; private set; } = [];
    public long? OlderFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? voor, CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanViewAudit(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } denied) return denied;
        var query = db.AuditEntries.AsNoTracking();
        if (voor is not null) query = query.Where(a => a.Id < voor);
        var rows = await (from a in query
                          join u in db.Users on a.ActorUserId equals u.Id into actors
                          from u in actors.DefaultIfEmpty()
                          orderby a.Id descending
                          select new { a.Id, a.At, Actor = u == null ? null : u.DisplayName, a.Action, a.Subject })
            .Take(PageSize + 1).ToListAsync(ct);
        Entries = rows.Take(PageSize).Select(r => new Row(r.At, r.Actor, r.Action, r.Subject)).ToList();
        OlderFrom = rows.Count > PageSize ? rows[PageSize - 1].Id : null;
        return Page();
    }
}
