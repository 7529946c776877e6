namespace Plein.Council;

/// <summary>The ODS Open Raadsinformatie 2.0 schemas Plein serves, with their Dutch names and enumeration values.</summary>
internal static class Ods
{
    internal sealed record Verwijzing(string Id, string Url);
    internal sealed record Gemeente(string Gemeentecode, string Gemeentenaam);
    internal sealed record Gremium(string Gremiumidentificatie, string Gremiumnaam);
    internal sealed record Lijst<T>(string? Next, string? Previous, IReadOnlyList<T> Results);

    internal sealed record Vergadering(string Url, string Id, string Naam, string Vergaderingstype, string Status, DateOnly Vergaderdatum, DateTimeOffset GeplandeAanvangVergadering,
        DateTimeOffset GeplandeEindeVergadering, DateTimeOffset? AanvangVergadering, DateTimeOffset? EindeVergadering, string Locatie, string Vergadertoelichting,
        Gremium GeorganiseerdDoorGremium, Gemeente? Gemeente, string? Provincie, IReadOnlyList<string> Agendapunten, IReadOnlyList<string> Mediabronnen);

    internal sealed record Agendapunt(string Url, string Id, Verwijzing Vergadering, Verwijzing? Hoofdagendapunt, string AgendapuntKenmerk, string Agendapuntvolgnummer,
        string AgendapuntTitel, string AgendapuntOmschrijving, bool IndicatieHamerstuk, bool IndicatorBesloten, IReadOnlyList<string> Subagendapunten,
        IReadOnlyList<string> Informatieobjecten, IReadOnlyList<string> Stemmingen, Gemeente? Gemeente, string? Provincie);

    internal sealed record Besluit(string Url, string Id, string Besluitresultaat, string? Besluittoelichting, string? Toezegging, IReadOnlyList<string> Stemmingen);

    internal sealed record StemmingOverPersonen(int AantalUitgebrachteStemmen, string NaamKandidaat);

    internal sealed record Stemming(string Url, string Id, Verwijzing Agendapunt, string Stemmingstype, string? ResultaatMondelingeStemming, string? ResultaatStemmingOverPersonen,
        IReadOnlyList<StemmingOverPersonen> StemmingOverPersonen, Verwijzing? Besluit, Verwijzing? Informatieobject, IReadOnlyList<string> Stemmen);

    internal sealed record Stem(string Url, string Id, Verwijzing AanwezigeDeelnemer, Verwijzing Stemming, string KeuzeStemming);

    internal sealed record AanwezigeDeelnemer(string Url, string Id, Verwijzing NatuurlijkPersoon, Verwijzing Vergadering, DateTimeOffset AanvangAanwezigheid,
        DateTimeOffset? EindeAanwezigheid, string Rolnaam, string? Organisatie);

    internal sealed record StemresultaatPerFractie(string Url, string Id, Verwijzing Fractie, Verwijzing Stemming, string? Fractiestemresultaat);

    internal sealed record Fractie(string Url, string Id, string Fractienaam, Gemeente? Gemeente, string? Provincie);

    internal sealed record FractieLidmaatschap(string Url, string Id, Verwijzing Fractie, Verwijzing NatuurlijkPersoon, DateTimeOffset DatumBeginFractieLidmaatschap,
        DateTimeOffset? DatumEindeFractieLidmaatschap, bool IndicatieVoorzitter);

    internal sealed record NaamNatuurlijkPersoon(string Achternaam, string VolledigeNaam);

    internal sealed record NatuurlijkPersoon(string Url, string Id, NaamNatuurlijkPersoon NaamNatuurlijkPersoon, string Functie);

    internal sealed record Indiener(string Url, string Id, string Naam, Verwijzing Informatieobject, Verwijzing? NatuurlijkPersoon);

    internal sealed record Informatieobject(string Url, string Id, string Titel, string? Informatieobjecttype, string? Motietype, DateOnly DatumIngediend, string? Link,
        string? Inhoud, IReadOnlyList<Verwijzing> Agendapunten, IReadOnlyList<string> NatuurlijkePersonen, Gemeente? Gemeente, string? Provincie, string? Status);
}
