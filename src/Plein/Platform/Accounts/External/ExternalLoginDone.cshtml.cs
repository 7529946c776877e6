using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts.External;

/// <summary>
/// Back from the broker: find or create the person by (issuer, subject), keep only a keyed pseudonym of the BSN and the
/// assurance level, and sign them in with that level as a claim for this session.
/// </summary>
internal sealed class ExternalLoginDoneModel(
    ITenantContext tenant, PleinDb db, SignInManager<PleinUser> signIn, UserManager<PleinUser> users,
    OidcSchemes schemes, BsnPseudonyms pseudonyms, TimeProvider clock, ILogger<ExternalLoginDoneModel> log) : PageModel
{
    public const string LevelClaim = "plein:niveau";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var organisation = tenant.RequiredOrganisation();
        var failed = Redirect($"/{organisation.Slug}/inloggen?mislukt=true");
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var scheme = LoginProvider.SchemeFor(organisation.Id);
        // The external cookie is shared by all organisations: only a ticket from this organisation's own broker counts.
        if (organisation.IsEnded || !external.Succeeded || external.Properties?.Items.TryGetValue(".AuthScheme", out var from) != true || from != scheme
            || !await schemes.EnsureAsync(db, organisation.Id, ct))
        {
            log.LogInformation("External login for {Organisation} returned without a valid sign-in of its own broker", organisation.Slug);
            return failed;
        }
        var provider = schemes.Get(scheme)!;
        var claims = external.Principal!;
        var sub = claims.FindFirst("sub");
        if (sub is null || sub.Issuer.TrimEnd('/') != provider.Authority.TrimEnd('/')) return failed;
        var (issuer, subject) = (sub.Issuer, sub.Value);
        var level = provider.LevelFor(claims.FindFirstValue("acr"));
        var bsn = claims.FindFirstValue(provider.BsnClaim);
        var pseudonym = bsn is null ? null : await pseudonyms.PseudonymAsync(organisation.Id, bsn, ct);
        var now = clock.GetUtcNow();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var identity = await db.ExternalIdentities.FirstOrDefaultAsync(e => e.Issuer == issuer && e.Subject == subject, ct);
        PleinUser? user = identity is null ? null : await users.FindByIdAsync(identity.UserId.ToString());
        if (user is null || user.IsDeleted)
        {
            var name = claims.FindFirstValue("name")?.Trim() is { Length: > 0 } n ? n[..Math.Min(n.Length, 100)] : "Inwoner";
            user = new PleinUser { UserName = $"extern-{Guid.NewGuid():N}", DisplayName = name, CreatedAt = now };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                log.LogWarning("External login for {Organisation} could not create an account: {Errors}", organisation.Slug, string.Join(", ", created.Errors.Select(e => e.Code)));
                return failed;
            }
            if (identity is not null) db.ExternalIdentities.Remove(identity);
            identity = new ExternalIdentity { Id = Guid.NewGuid(), UserId = user.Id, Issuer = issuer, Subject = subject };
            db.ExternalIdentities.Add(identity);
            db.Memberships.Add(Membership.Create(organisation.Id, user.Id, Role.Inwoner, now));
        }
        identity!.BsnPseudonym = pseudonym ?? identity.BsnPseudonym;
        identity.Level = level.ToString().ToLowerInvariant();
        identity.LastLoginAt = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(LevelClaim, identity.Level), new Claim("amr", "external")]);
        return Redirect($"/{organisation.Slug}");
    }
}
