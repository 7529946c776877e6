using Plein.Platform.Tenancy;

namespace Plein.QuickScan.Questionnaire;

/// <summary>The four perspectives of the quick scan.</summary>
internal enum RespondentGroup { Inwoners, Raadsleden, Collegeleden, Ambtenaren }

/// <summary>A role a respondent picks in the classification question, and the group it counts in by the official rules.</summary>
internal sealed record RespondentRole(string Label, RespondentGroup Group);

internal static class Groups
{
    public static readonly RespondentGroup[] All = Enum.GetValues<RespondentGroup>();

    /// <summary>Fewer respondents than this in a group: its figures are never shown.</summary>
    public const int MinimumRespondents = 5;

    public static string Slug(RespondentGroup group) => group.ToString().ToLowerInvariant();

    public static RespondentGroup? FromSlug(string? slug) => All.Cast<RespondentGroup?>().FirstOrDefault(g => Slug(g!.Value) == slug);

    /// <summary>
    /// The classification question's choices. Commissieleden and fractievolgers count as raadslid, the burgemeester
    /// as college, the gemeentesecretaris and the griffie as ambtenaar.
    /// </summary>
    public static IReadOnlyList<RespondentRole> Roles(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Provincie =>
        [
            new("Inwoner van de provincie", RespondentGroup.Inwoners),
            new("Statenlid", RespondentGroup.Raadsleden),
            new("Commissielid (geen Statenlid)", RespondentGroup.Raadsleden),
            new("Fractievolger of steunfractielid", RespondentGroup.Raadsleden),
            new("Commissaris van de Koning", RespondentGroup.Collegeleden),
            new("Gedeputeerde", RespondentGroup.Collegeleden),
            new("Provinciesecretaris", RespondentGroup.Ambtenaren),
            new("Griffier of medewerker van de statengriffie", RespondentGroup.Ambtenaren),
            new("Andere medewerker van de provincie", RespondentGroup.Ambtenaren),
        ],
        OrganisationKind.Waterschap =>
        [
            new("Inwoner van het gebied van het waterschap", RespondentGroup.Inwoners),
            new("Lid van het algemeen bestuur", RespondentGroup.Raadsleden),
            new("Commissielid (geen lid van het algemeen bestuur)", RespondentGroup.Raadsleden),
            new("Dijkgraaf", RespondentGroup.Collegeleden),
            new("Lid van het dagelijks bestuur", RespondentGroup.Collegeleden),
            new("Secretaris-directeur", RespondentGroup.Ambtenaren),
            new("Griffier of medewerker van de griffie", RespondentGroup.Ambtenaren),
            new("Andere medewerker van het waterschap", RespondentGroup.Ambtenaren),
        ],
        OrganisationKind.OpenbaarLichaam =>
        [
            new("Inwoner van het eiland", RespondentGroup.Inwoners),
            new("Eilandsraadslid", RespondentGroup.Raadsleden),
            new("Commissielid (geen eilandsraadslid)", RespondentGroup.Raadsleden),
            new("Gezaghebber", RespondentGroup.Collegeleden),
            new("Gedeputeerde van het bestuurscollege", RespondentGroup.Collegeleden),
            new("Eilandsecretaris", RespondentGroup.Ambtenaren),
            new("Griffier of medewerker van de griffie", RespondentGroup.Ambtenaren),
            new("Andere medewerker van het openbaar lichaam", RespondentGroup.Ambtenaren),
        ],
        _ =>
        [
            new("Inwoner van de gemeente", RespondentGroup.Inwoners),
            new("Raadslid", RespondentGroup.Raadsleden),
            new("Commissielid (geen raadslid)", RespondentGroup.Raadsleden),
            new("Fractievolger of steunfractielid", RespondentGroup.Raadsleden),
            new("Burgemeester", RespondentGroup.Collegeleden),
            new("Wethouder", RespondentGroup.Collegeleden),
            new("Gemeentesecretaris", RespondentGroup.Ambtenaren),
            new("Griffier of medewerker van de griffie", RespondentGroup.Ambtenaren),
            new("Andere medewerker van de gemeente", RespondentGroup.Ambtenaren),
        ],
    };

    /// <summary>The group's name for this kind of organisation ("Statenleden" in a province).</summary>
    public static string Name(RespondentGroup group, OrganisationKind kind) => (group, kind) switch
    {
        (RespondentGroup.Inwoners, _) => "Inwoners",
        (RespondentGroup.Raadsleden, OrganisationKind.Provincie) => "Statenleden",
        (RespondentGroup.Raadsleden, OrganisationKind.Waterschap) => "Leden van het algemeen bestuur",
        (RespondentGroup.Raadsleden, OrganisationKind.OpenbaarLichaam) => "Eilandsraadsleden",
        (RespondentGroup.Raadsleden, _) => "Raadsleden",
        (RespondentGroup.Collegeleden, OrganisationKind.Provincie) => "Gedeputeerde Staten",
        (RespondentGroup.Collegeleden, OrganisationKind.Waterschap) => "Dagelijks bestuur",
        (RespondentGroup.Collegeleden, OrganisationKind.OpenbaarLichaam) => "Bestuurscollege",
        (RespondentGroup.Collegeleden, _) => "College van B en W",
        _ => "Ambtenaren",
    };
}

/// <summary>The words a statement's placeholders become for one kind of organisation.</summary>
internal sealed record Wording(string Raad, string College, string Organisatie)
{
    public static Wording For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Provincie => new("Provinciale Staten", "Gedeputeerde Staten", "de provincie"),
        OrganisationKind.Waterschap => new("het algemeen bestuur", "het dagelijks bestuur", "het waterschap"),
        OrganisationKind.OpenbaarLichaam => new("de eilandsraad", "het bestuurscollege", "het openbaar lichaam"),
        _ => new("de gemeenteraad", "het college", "de gemeente"),
    };

    public string Fill(string text)
    {
        var filled = text.Replace("{raad}", Raad, StringComparison.Ordinal).Replace("{college}", College, StringComparison.Ordinal)
            .Replace("{organisatie}", Organisatie, StringComparison.Ordinal);
        return filled.Length > 0 ? char.ToUpperInvariant(filled[0]) + filled[1..] : filled;
    }
}
