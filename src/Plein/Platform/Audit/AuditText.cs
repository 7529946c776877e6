namespace Plein.Platform.Audit;

/// <summary>Plain Dutch for the action codes in the audit log (the codes stay stable for exports and queries).</summary>
internal static class AuditText
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["rol.toegekend"] = "Rol toegekend",
        ["rol.ingetrokken"] = "Rol ingetrokken",
        ["organisatie.toegevoegd"] = "Organisatie toegevoegd",
        ["organisatie.hernoemd"] = "Organisatie hernoemd",
        ["organisatie.samengevoegd"] = "Organisaties samengevoegd",
        ["organisatie.beëindigd"] = "Organisatie beëindigd",
        ["inloggen.ingesteld"] = "Inloggen met DigiD of eHerkenning ingesteld",
        ["inloggen.uitgezet"] = "Inloggen met DigiD of eHerkenning uitgezet",
        ["huisstijl.gewijzigd"] = "Huisstijl gewijzigd",
        ["proces.aangemaakt"] = "Proces aangemaakt",
        ["proces.gewijzigd"] = "Proces gewijzigd",
        ["proces.gepubliceerd"] = "Proces gepubliceerd",
        ["proces.teruggetrokken"] = "Proces teruggezet naar concept",
        ["proces.fase-toegevoegd"] = "Fase toegevoegd",
        ["proces.fase-verwijderd"] = "Fase verwijderd",
        ["proces.uitkomst"] = "Uitkomst van proces vastgelegd",
        ["voorstel.beantwoord"] = "Voorstel beantwoord",
        ["reactie.verborgen"] = "Reactie verborgen",
        ["reactie.teruggezet"] = "Reactie teruggezet",
        ["gebruiker.geblokkeerd"] = "Persoon geblokkeerd",
        ["gebruiker.gedeblokkeerd"] = "Blokkade opgeheven",
        ["vragenlijst.aangemaakt"] = "Vragenlijst aangemaakt",
        ["quickscan.aangemeld"] = "Quick scan aangemeld (verwerkersovereenkomst aanvaard)",
        ["quickscan.startgesprek"] = "Quick scan: startgesprek vastgelegd",
        ["quickscan.eigen-vragen"] = "Quick scan: eigen vragen gewijzigd",
        ["quickscan.geopend"] = "Quick scan: vragenlijst opengesteld",
        ["quickscan.gesloten"] = "Quick scan: vragenlijst gesloten",
        ["quickscan.agendering"] = "Quick scan: verslag agenderingsgesprek gewijzigd",
        ["quickscan.actie"] = "Quick scan: verbeteragenda gewijzigd",
        ["quickscan.gedeeld"] = "Quick scan: verbeteragenda gedeeld met het programma",
        ["quickscan.herinnerd"] = "Quick scan: herinnering gestuurd",
        ["quickscan.brieven"] = "Quick scan: brieven voor inwoners gemaakt",
        ["quickscan.versie-concept"] = "Quick scan: nieuwe versie van de vragenlijst als concept",
        ["quickscan.versie-gewijzigd"] = "Quick scan: concept van de vragenlijst gewijzigd",
        ["quickscan.versie-gepubliceerd"] = "Quick scan: nieuwe versie van de vragenlijst gepubliceerd",
        ["quickscan.versie-verwijderd"] = "Quick scan: concept van de vragenlijst verwijderd",
        ["uitdaagrecht.geopend"] = "Uitdaagrecht opengesteld",
        ["uitdaagrecht.regels"] = "Regels van het uitdaagrecht gewijzigd",
        ["uitdaagrecht.ingediend"] = "Uitdaagrecht: aanvraag ingediend",
        ["uitdaagrecht.behandelaar"] = "Uitdaagrecht: behandelaar gekozen",
        ["uitdaagrecht.stap"] = "Uitdaagrecht: aanvraag naar de volgende stap",
        ["uitdaagrecht.informatie-gevraagd"] = "Uitdaagrecht: aanvrager om informatie gevraagd",
        ["uitdaagrecht.informatie-gegeven"] = "Uitdaagrecht: aanvrager gaf informatie",
        ["uitdaagrecht.beoordeeld"] = "Uitdaagrecht: beoordeling vastgelegd",
        ["uitdaagrecht.besluit"] = "Uitdaagrecht: besluit genomen",
        ["uitdaagrecht.ingetrokken"] = "Uitdaagrecht: aanvraag ingetrokken",
        ["aanbod.aangevraagd"] = "Aanbod aangevraagd voor de organisatie",
        ["uitdaagrecht.overeenkomst"] = "Uitdaagrecht: afspraken vastgelegd",
        ["uitdaagrecht.uitvoering"] = "Uitdaagrecht: uitvoering begonnen",
        ["uitdaagrecht.rapportage"] = "Uitdaagrecht: voortgangsrapportage ontvangen",
        ["uitdaagrecht.evaluatie-gestart"] = "Uitdaagrecht: evaluatie begonnen",
        ["uitdaagrecht.evaluatie"] = "Uitdaagrecht: evaluatie vastgelegd",
        ["organisatie.inwoners"] = "Aantal inwoners vastgelegd",
        ["monitoring.doel-gewijzigd"] = "Nulmeting of doel van een KPI gewijzigd",
        ["monitoring.meting-ingevuld"] = "Meting van een KPI ingevuld",
        ["monitoring.rapportage-gestart"] = "Voortgangsrapportage gestart",
        ["monitoring.rapportage-aangeboden"] = "Voortgangsrapportage ter goedkeuring aangeboden",
        ["monitoring.rapportage-goedgekeurd"] = "Voortgangsrapportage goedgekeurd",
        ["monitoring.rapportage-teruggezet"] = "Voortgangsrapportage terug naar concept",
        ["raad.vergadering-gepland"] = "Raadsvergadering gepland",
        ["raad.vergadering-gewijzigd"] = "Raadsvergadering gewijzigd",
        ["raad.vergadering-geopend"] = "Raadsvergadering geopend",
        ["raad.vergadering-gesloten"] = "Raadsvergadering gesloten",
        ["raad.stemming-geopend"] = "Stemming in de raad geopend",
        ["raad.stemming-gesloten"] = "Stemming in de raad gesloten",
        ["raad.besluit-vastgelegd"] = "Besluit van de raad vastgelegd",
        ["raad.lid-toegevoegd"] = "Lid van de raad toegevoegd",
        ["raad.lid-gewijzigd"] = "Lid van de raad gewijzigd",
        ["gebied.geladen"] = "Adressenlijst van een gebied geladen",
        ["stemcodes.gemaakt"] = "Stemcodes gemaakt",
        ["stemcode.ongeldig"] = "Stemcode ongeldig gemaakt",
        ["gebied.verwijderd"] = "Gebied verwijderd",
        ["vragenlijst.gewijzigd"] = "Vragenlijst gewijzigd",
        ["vragenlijst.gepubliceerd"] = "Vragenlijst gepubliceerd",
        ["vragenlijst.teruggetrokken"] = "Vragenlijst teruggezet naar concept",
    };

    public static string Describe(string action) => Texts.GetValueOrDefault(action, action);

    /// <summary>Times in the log are shown as Dutch clock time, whatever zone the server runs in.</summary>
    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(at, "Europe/Amsterdam");

    /// <summary>A Dutch date and clock time (as people type them) as an instant in UTC.</summary>
    public static DateTimeOffset FromLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam").GetUtcOffset(local)).ToUniversalTime();
    }
}
