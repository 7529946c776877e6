using Plein.Platform.Privacy;

namespace Plein.QuickScan;

internal sealed class QuickScanRegister : IProcessingRegister
{
    public string Module => "Quick scan";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Aanmelding en uitnodigingen", "Wie de verwerkersovereenkomst accepteerde; e-mailadressen van raadsleden, collegeleden en ambtenaren voor de uitnodiging.",
            "De quick scan afspreken en de groepen uitnodigen.", LegalBasis.PublicTask, "De trekker en medewerkers van de organisatie.",
            "E-mailadressen tot de vragenlijst sluit; de aanmelding zo lang als de scan.", OnErasure.KeptUnderPseudonym,
            "Uw e-mailadres gaat uit de uitnodigingslijsten; de acceptatie van de overeenkomst blijft, onder 'verwijderde gebruiker'.",
            [typeof(Scans.Scan)]),
        new("Antwoorden", "Uw antwoorden, anoniem; alleen de groep waartoe u hoort.", "Laten zien hoe de vier groepen de lokale democratie zien.", LegalBasis.PublicTask,
            "Iedereen ziet de uitkomsten per groep van minstens vijf; open antwoorden alleen medewerkers.", "Zo lang als het rapport (zie Vragenlijsten).", OnErasure.Anonymised,
            "Antwoorden zijn al anoniem; alleen de markering dat u antwoordde gaat weg.", []),
    ];
}
