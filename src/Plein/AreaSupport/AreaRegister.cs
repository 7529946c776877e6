using Plein.Platform.Privacy;

namespace Plein.AreaSupport;

internal sealed class AreaRegister : IProcessingRegister
{
    public string Module => "Gebiedsondersteuning";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Aanvragen om ondersteuning", "Wie namens de organisatie om ondersteuning vroeg, met de vraag.", "Aanvragen en subsidies behandelen en verantwoorden.", LegalBasis.PublicTask,
            "Medewerkers van de organisatie en het programma.", "Zo lang als de subsidie verantwoord moet worden.", OnErasure.KeptUnderPseudonym,
            "De aanvraag is van de organisatie en blijft, onder 'verwijderde gebruiker'.", [typeof(Requests.AreaSupportRequest)]),
        new("Dorpsinitiatieven", "Naam en contactgegevens van de contactpersoon van een dorpsinitiatief.", "Initiatieven in het gebied met elkaar en met de gemeente verbinden.", LegalBasis.PublicTask,
            "Iedereen die in de organisaties van het gebied werkt.", "Tot de gemeente het initiatief bijwerkt of verwijdert.", OnErasure.Deleted,
            "Contactpersonen hebben geen account; de gemeente past hun gegevens aan op verzoek.", [typeof(Villages.VillageInitiative)]),
    ];
}
