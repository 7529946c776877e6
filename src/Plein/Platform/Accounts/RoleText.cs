namespace Plein.Platform.Accounts;

internal static class RoleText
{
    public static string Of(Role role) => role switch
    {
        Role.Inwoner => "inwoner",
        Role.Moderator => "moderator",
        Role.Ambtenaar => "ambtenaar",
        Role.Collegelid => "collegelid",
        Role.Raadslid => "raadslid",
        Role.Griffier => "griffier",
        Role.Beheerder => "beheerder",
        _ => "programmamedewerker",
    };
}
