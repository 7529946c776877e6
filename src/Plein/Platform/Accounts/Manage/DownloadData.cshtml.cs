using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;

namespace Plein.Platform.Accounts.Manage;

/// <summary>AVG right of access: everything Plein holds about the person, as one JSON file.</summary>
internal sealed class DownloadDataModel(PleinDb db, CurrentUser me, TimeProvider clock, IEnumerable<IPersonalDataSource> sources) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is not { } user) return Challenge();
        var orgIds = loaded.Memberships.Select(m => m.OrganisationId).ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        // The person's own rows across organisations: a national read by design (AVG access request).
        var logins = await db.National<ExternalIdentity>().AsNoTracking().Where(e => e.UserId == user.Id)
            .Select(e => new { e.Issuer, e.Level, e.LastLoginAt }).ToListAsync(ct);
        var audit = await db.National<AuditEntry>().AsNoTracking().Where(a => a.ActorUserId == user.Id)
            .OrderBy(a => a.Id).Select(a => new { a.At, a.Action, a.Subject }).ToListAsync(ct);
        var modules = new Dictionary<string, object>();
        foreach (var source in sources) modules[source.Section] = await source.ExportAsync(user.Id, ct);
        var export = new
        {
            exportedAt = clock.GetUtcNow(),
            account = new { user.Id, user.DisplayName, user.Email, user.EmailConfirmed, user.TwoFactorEnabled, user.PreferredLanguage, user.CreatedAt },
            memberships = loaded.Memberships.Select(m => new { organisation = orgs.GetValueOrDefault(m.OrganisationId), role = RoleText.Of(m.Role), m.CreatedAt }),
            externalLogins = logins,
            auditLog = audit,
            modules,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(export, Json);
        return File(json, "application/json", $"plein-mijn-gegevens-{clock.GetUtcNow():yyyyMMdd}.json");
    }
}
