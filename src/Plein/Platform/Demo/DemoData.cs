using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform;

/// <summary>Demo content a module adds after the demo users exist (only in an empty database).</summary>
internal interface IDemoContent
{
    /// <summary>Content of a later stage builds on an earlier one's (a budget inside a demo process); one stage seeds in parallel.</summary>
    int Stage => 0;

    Task SeedAsync(CancellationToken ct);
}

/// <summary>National content a module ships in every database, demo or not (added when missing, at every start).</summary>
internal interface IReferenceData
{
    Task SeedAsync(CancellationToken ct);
}

/// <summary>Demo organisations with a user in every role. Only for an empty database (no users yet).</summary>
internal sealed class DemoData(PleinDb db, UserManager<PleinUser> users, TimeProvider clock)
{
    public const string Password = "Plein-demo-2026";
    /// <summary>Base32 authenticator key of every demo admin; add it to an authenticator app.</summary>
    public const string AuthenticatorKey = "PLEINDEMOKEYPLEINDEMOKEYPLEINDEM";

    public static readonly (string Slug, string Short)[] Organisations =
    [
        (OrganisationRegister.ProgrammeOfficeSlug, "programma"),
        ("zwolle", "zwolle"),
        ("provincie-overijssel", "overijssel"),
        ("waterschap-drents-overijsselse-delta", "wdodelta"),
        ("eemsdelta", "eemsdelta"),
    ];

    public static string EmailFor(string role, string shortName) => $"{role.ToLowerInvariant()}.{shortName}@demo.plein.nl";

    public async Task<int> SeedAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct)) return 0;
        var slugs = Organisations.Select(o => o.Slug).ToList();
        var orgs = await db.Organisations.Where(o => slugs.Contains(o.Slug)).ToListAsync(ct);
        var plan = Organisations.SelectMany(o => Roles.AllowedIn(orgs.Single(x => x.Slug == o.Slug).Kind).Select(r => (o, r))).ToList();
        var now = clock.GetUtcNow();
        var done = 0;
        // Every demo user has the same password: hash it once (a hash takes tens of milliseconds, on purpose).
        var hash = users.PasswordHasher.HashPassword(new PleinUser(), Password);
        // Added as rows in one save, as UserManager would store them: one commit instead of four per user keeps a
        // fresh start quick. Real accounts always go through UserManager (validation, lockout, stamps).
        foreach (var ((slug, shortName), role) in plan)
        {
            var org = orgs.Single(x => x.Slug == slug);
            var email = EmailFor(role.ToString(), shortName);
            var user = new PleinUser
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = users.NormalizeName(email), Email = email, NormalizedEmail = users.NormalizeEmail(email),
                EmailConfirmed = true, DisplayName = $"{role} {org.Name}", CreatedAt = now, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = users.Options.Lockout.AllowedForNewUsers, TwoFactorEnabled = Roles.IsAdmin(role),
            };
            db.Users.Add(user);
            if (Roles.IsAdmin(role))
                db.Set<IdentityUserToken<Guid>>().Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey });
            db.Memberships.Add(Membership.Create(org.Id, user.Id, role, now));
            progress?.Report((++done, plan.Count));
        }
        await db.SaveChangesAsync(ct);
        return plan.Count;
    }
}
