using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Council.Manage;

/// <summary>The griffie's start: every meeting, newest first, and the way to plan one or keep the members up to date.</summary>
internal sealed class CouncilAdminModel(PleinDb db, CurrentUser me, ITenantContext tenant) : PageModel
{
    public Organisation Organisation => tenant.RequiredOrganisation();
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(CouncilPermissions.Clerk(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        Meetings = await db.Set<Meeting>().AsNoTracking().OrderByDescending(m => m.PlannedStart).Take(200).ToListAsync(ct);
        return Page();
    }
}
