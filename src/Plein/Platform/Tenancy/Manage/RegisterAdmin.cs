using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;

namespace Plein.Platform.Tenancy.Manage;

/// <summary>Shared by the register pages: the permission check and the audit trail of national register changes.</summary>
internal sealed class RegisterAdmin(PleinDb db, CurrentUser me, AuditLog audit)
{
    public async Task<IActionResult?> DenyAsync(PageModel page, CancellationToken ct) =>
        page.Enforce(PlatformPermissions.CanManageRegister(await me.LoadAsync(ct)));

    /// <summary>Records the change in the programme office's log and in the organisation's own.</summary>
    public async Task RecordAsync(Organisation organisation, string action, string subject, CancellationToken ct)
    {
        var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.Programmabureau).Select(o => o.Id).FirstAsync(ct);
        audit.Record(office, action, subject);
        if (organisation.Id != office) audit.Record(organisation.Id, action, subject);
    }

    public Guid? UserId => me.Id;

    public Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.Slug == slug && o.Id != except, ct);
}
