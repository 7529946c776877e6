using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Platform.Tenancy.Home;

/// <summary>An organisation's own home on Plein.</summary>
internal sealed class OrganisationHomeModel(ITenantContext tenant, PleinDb db, CurrentUser me, IEnumerable<IOrganisationLinks> modules) : PageModel
{
    public Organisation Organisation { get; private set; } = default!;
    public Organisation? MergedInto { get; private set; }
    public int MemberCount { get; private set; }
    public IReadOnlyList<string> MyRoles { get; private set; } = [];
    public bool CanAdminister { get; private set; }
    public bool CanViewAudit { get; private set; }
    public string? LoginProviderName { get; private set; }
    public List<IOrganisationLinks.Link> ModuleLinks { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisation = tenant.RequiredOrganisation();
        if (Organisation.MergedIntoId is { } into) MergedInto = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == into, ct);
        LoginProviderName = await db.Set<Accounts.External.LoginProvider>().Where(p => p.Enabled).Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
        MemberCount = await db.Memberships.Select(m => m.UserId).Distinct().CountAsync(ct);
        var loaded = await me.LoadAsync(ct);
        MyRoles = loaded.Memberships.Where(m => m.OrganisationId == Organisation.Id).Select(m => RoleText.Of(m.Role)).ToList();
        CanAdminister = PlatformPermissions.CanAdminister(loaded, Organisation.Id) != PlatformPermissions.Verdict.Denied;
        CanViewAudit = PlatformPermissions.CanViewAudit(loaded, Organisation.Id) != PlatformPermissions.Verdict.Denied;
        foreach (var module in modules) ModuleLinks.AddRange(await module.LinksAsync(Organisation, loaded, ct));
    }
}
