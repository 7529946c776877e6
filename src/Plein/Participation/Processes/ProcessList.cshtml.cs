using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Processes;

/// <summary>The organisation's participation processes; staff also see drafts.</summary>
internal sealed class ProcessListModel(PleinDb db, ITenantContext tenant, CurrentUser me) : PageModel
{
    public IReadOnlyList<Process> Processes { get; private set; } = [];
    public bool CanManage { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;
    public string OrganisationName => tenant.RequiredOrganisation().Name;

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = ParticipationPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id);
        Processes = await db.Set<Process>().AsNoTracking().Where(p => p.Published || CanManage)
            .OrderByDescending(p => p.CreatedAt).ToListAsync(ct);
    }
}
