using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts.Members;

/// <summary>A beheerder grants and withdraws roles in their own organisation. Every change goes into the audit log.</summary>
internal sealed class MembersModel(PleinDb db, ITenantContext tenant, CurrentUser me, UserManager<PleinUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul het e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Kies een rol.")]
        public string Role { get; set; } = "";
    }

    internal sealed record Row(Guid Id, string Name, string? Email, string Role, DateTimeOffset Since);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string OrganisationName => tenant.RequiredOrganisation().Name;
    public IEnumerable<SelectListItem> RoleOptions =>
        new[] { new SelectListItem("Kies een rol", "") }.Concat(Roles.AllowedIn(tenant.RequiredOrganisation().Kind)
            .Select(r => new SelectListItem(RoleText.Of(r), RoleText.Of(r))));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var organisation = tenant.RequiredOrganisation();
        Role? role = Roles.AllowedIn(organisation.Kind).Cast<Role?>().FirstOrDefault(r => RoleText.Of(r!.Value) == Input.Role);
        if (!string.IsNullOrEmpty(Input.Role) && role is null) ModelState.AddModelError("Input.Role", "Kies een rol uit de lijst.");
        var user = ModelState.IsValid ? await users.FindByEmailAsync(Input.Email.Trim()) : null;
        if (ModelState.IsValid && (user is null || user.IsDeleted))
            ModelState.AddModelError("Input.Email", "Er is geen account met dit e-mailadres. Vraag de persoon eerst een account te maken.");
        if (ModelState.IsValid && await db.Memberships.AnyAsync(m => m.UserId == user!.Id && m.Role == role, ct))
            ModelState.AddModelError("Input.Role", "Deze persoon heeft deze rol hier al.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        db.Memberships.Add(Membership.Create(organisation.Id, user!.Id, role!.Value, clock.GetUtcNow()));
        audit.Record(organisation.Id, "rol.toegekend", $"{user.DisplayName}: {RoleText.Of(role.Value)}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De rol is toegekend.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var organisation = tenant.RequiredOrganisation();
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, ct);
        if (membership is null) return NotFound();
        if (membership.Role == Role.Beheerder && await db.Memberships.CountAsync(m => m.Role == Role.Beheerder, ct) == 1)
        {
            ModelState.AddModelError("", "Dit is de laatste beheerder. Geef eerst iemand anders de rol beheerder.");
            await LoadAsync(ct);
            return Page();
        }
        var name = await db.Users.Where(u => u.Id == membership.UserId).Select(u => u.DisplayName).FirstAsync(ct);
        db.Memberships.Remove(membership);
        audit.Record(organisation.Id, "rol.ingetrokken", $"{name}: {RoleText.Of(membership.Role)}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De rol is ingetrokken.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        this.Enforce(PlatformPermissions.CanAdminister(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id));

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await (from m in db.Memberships
                          join u in db.Users on m.UserId equals u.Id
                          orderby u.DisplayName, m.Role
                          select new { m.Id, u.DisplayName, u.Email, m.Role, m.CreatedAt }).ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.DisplayName, r.Email, RoleText.Of(r.Role), r.CreatedAt)).ToList();
    }
}
