using Plein.Platform.Privacy;

namespace Plein.Budgeting;

internal sealed class BudgetingRegister : IProcessingRegister
{
    public string Module => "Begroten";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Stembiljetten", "Welke projecten u koos, met een bewijsnummer; bij stemmen met een account een koppeling met dat account.", "Eén stem per persoon of code tellen en de uitslag laten narekenen.", LegalBasis.PublicTask,
            "Niemand ziet wie wat koos; iedereen ziet de uitslag en de stembiljetten zonder namen.", "De stembiljetten zo lang als de uitslag; de koppeling met uw account tot u het account verwijdert.", OnErasure.Anonymised,
            "Uw stembiljet blijft meetellen en de uitslag verandert niet, maar het is niet meer aan u gekoppeld.",
            [typeof(Ballots.Ballot)]),
        new("Papieren stembiljetten", "Welke medewerker een papieren stembiljet invoerde en welke het bevestigde.", "Het vier-ogenprincipe bij papieren stemmen.", LegalBasis.PublicTask,
            "Medewerkers van de organisatie.", "Zo lang als de uitslag.", OnErasure.KeptUnderPseudonym, "Blijft, onder 'verwijderde gebruiker'.",
            [typeof(Ballots.Ballot)]),
        new("Ingediende projecten", "Projecten die u indient, met uw account.", "Inwoners projecten laten voorstellen.", LegalBasis.PublicTask,
            "Iedereen ziet het project, niet wie het indiende.", "Zo lang als de begroting.", OnErasure.KeptUnderPseudonym,
            "Het project blijft, onder 'verwijderde gebruiker'.", [typeof(BudgetProject)]),
    ];
}
