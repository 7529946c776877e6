using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Ui;

/// <summary>The national start page: organisations active on Plein (those with members).</summary>
internal sealed class HomeModel(PleinDb db) : PageModel
{
    public IReadOnlyList<Organisation> Active { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // National overview: which organisations have members at all.
        var activeIds = db.National<Membership>().Select(m => m.OrganisationId).Distinct();
        var today = Organisation.Today;
        Active = await db.Organisations.AsNoTracking().Where(o => activeIds.Contains(o.Id) && (o.EndedOn == null || o.EndedOn > today))
            .OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(ct);
        Total = await db.Organisations.CountAsync(o => o.EndedOn == null || o.EndedOn > today, ct);
    }
}
