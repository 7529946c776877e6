using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts;

/// <summary>Roles are held per organisation. Programme staff hold their national roles in the programme office.</summary>
internal enum Role
{
    Inwoner,
    Moderator,
    Ambtenaar,
    Collegelid,
    Raadslid,
    Griffier,
    Beheerder,
    Programmamedewerker,
}

internal static class Roles
{
    /// <summary>Roles that administer something; a second factor is required for them.</summary>
    public static bool IsAdmin(Role role) => role is Role.Beheerder or Role.Griffier or Role.Programmamedewerker;

    public static bool IsNational(Role role) => role is Role.Programmamedewerker;

    public static IEnumerable<Role> AllowedIn(OrganisationKind kind) => kind == OrganisationKind.Programmabureau
        ? [Role.Programmamedewerker, Role.Beheerder]
        : Enum.GetValues<Role>().Where(r => !IsNational(r));
}

internal sealed class Membership : ITenantOwned
{
    private Membership() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid UserId { get; private set; }
    public Role Role { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Membership Create(Guid organisationId, Guid userId, Role role, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), OrganisationId = organisationId, UserId = userId, Role = role, CreatedAt = now };
}

/// <summary>A login through an organisation's OpenID Connect broker. The BSN is only kept as a keyed pseudonym.</summary>
internal sealed class ExternalIdentity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public string Issuer { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? BsnPseudonym { get; set; }
    public string Level { get; set; } = "";
    public DateTimeOffset LastLoginAt { get; set; }
}
