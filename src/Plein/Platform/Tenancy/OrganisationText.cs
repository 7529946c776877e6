namespace Plein.Platform.Tenancy;

internal static class OrganisationText
{
    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Gemeente => "Gemeente",
        OrganisationKind.Provincie => "Provincie",
        OrganisationKind.Waterschap => "Waterschap",
        OrganisationKind.OpenbaarLichaam => "Openbaar lichaam",
        _ => "Programmabureau",
    };
}
