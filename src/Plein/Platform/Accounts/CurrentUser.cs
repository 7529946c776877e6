using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Accounts;

/// <summary>
/// The signed-in person with their memberships, read once per request and kept by this node until one of them is saved
/// here, or ten seconds (ADR 0040): other nodes see a changed role that late, well within the half hour in which the
/// sign-in cookie itself is checked again.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor http, PleinDb db, NodeCache cache)
{
    private static readonly Type[] ReadsFrom = [typeof(PleinUser), typeof(Membership)];

    private Loaded? loaded;

    /// <param name="SecondFactorUsed">This session was opened with a second factor (amr=mfa), not merely an account that has one.</param>
    internal sealed record Loaded(PleinUser? User, IReadOnlyList<Membership> Memberships, bool SecondFactorUsed = false);

    public const string MfaClaimType = "amr";
    public const string MfaClaimValue = "mfa";

    public Guid? Id => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task<Loaded> LoadAsync(CancellationToken ct = default)
    {
        if (loaded is not null) return loaded;
        if (Id is not { } id) return loaded = new Loaded(null, []);
        var mfa = http.HttpContext!.User.HasClaim(MfaClaimType, MfaClaimValue);
        var found = await cache.GetAsync(("user", id), ReadsFrom, () => ReadAsync(id, ct));
        return loaded = new Loaded(found?.User, found?.Memberships ?? [], mfa);
    }

    private sealed record Account(PleinUser User, List<Membership> Memberships);

    // With the person's own memberships across organisations, in one read: the one national read every page needs.
    private Task<Account?> ReadAsync(Guid id, CancellationToken ct)
    {
        var memberships = db.National<Membership>();
        return db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new Account(u, memberships.Where(m => m.UserId == u.Id).ToList())).FirstOrDefaultAsync(ct);
    }
}

/// <summary>Who may do what on the platform pages. Admin roles count only with a second factor.</summary>
internal static class PlatformPermissions
{
    internal enum Verdict { Allowed, Denied, NeedsSecondFactor }

    public static Verdict CanAdminister(CurrentUser.Loaded me, Guid organisationId) =>
        Admin(me, m => m.OrganisationId == organisationId && m.Role == Role.Beheerder);

    public static Verdict CanViewAudit(CurrentUser.Loaded me, Guid organisationId) =>
        Admin(me, m => m.OrganisationId == organisationId && m.Role is Role.Beheerder or Role.Griffier);

    public static Verdict CanManageRegister(CurrentUser.Loaded me) => Admin(me, m => m.Role == Role.Programmamedewerker);

    /// <summary>Staff who run participation and surveys: ambtenaren, and beheerders with their second factor.</summary>
    public static Verdict CanManageContent(CurrentUser.Loaded me, Guid organisationId) =>
        me.Memberships.Any(m => m.OrganisationId == organisationId && m.Role == Role.Ambtenaar) && me.User is not null
            ? Verdict.Allowed
            : CanAdminister(me, organisationId);

    /// <summary>
    /// Acting for the organisation towards the programme (a quick scan, a request for support): ambtenaren, and griffiers
    /// and beheerders with their second factor.
    /// </summary>
    public static Verdict CanActForOrganisation(CurrentUser.Loaded me, Guid organisationId) =>
        CanManageContent(me, organisationId) == Verdict.Allowed
            ? Verdict.Allowed
            : Admin(me, m => m.OrganisationId == organisationId && m.Role is Role.Griffier or Role.Beheerder);

    /// <summary>One of these memberships, and a session opened with the second factor.</summary>
    public static Verdict Admin(CurrentUser.Loaded me, Func<Membership, bool> holds)
    {
        if (me.User is null || !me.Memberships.Any(holds)) return Verdict.Denied;
        return me.User.TwoFactorEnabled && me.SecondFactorUsed ? Verdict.Allowed : Verdict.NeedsSecondFactor;
    }
}
