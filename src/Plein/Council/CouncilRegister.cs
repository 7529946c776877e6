using Plein.Platform.Privacy;

namespace Plein.Council;

internal sealed class CouncilRegister : IProcessingRegister
{
    public string Module => "Raad";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Raadsleden en collegeleden", "Naam, functie, fractie, zetels in de tijd, portefeuille, een korte tekst over uzelf, de koppeling met uw account.",
            "Raadsinformatie openbaar maken (Gemeentewet, Woo).", LegalBasis.LegalObligation, "Iedereen.",
            "Blijvend: het is openbare raadsinformatie die wordt gearchiveerd.", OnErasure.PublicRecord,
            "Uw naam en functie blijven in de openbare raadsinformatie; de koppeling met uw account gaat weg.",
            [typeof(People.CouncilPerson), typeof(People.FractionMembership), typeof(People.BodyMembership), typeof(Documents.DocumentSigner)]),
        new("Stemmen en aanwezigheid", "Hoe u stemde bij elke stemming, wanneer u aanwezig was, en wie de stem vastlegde.",
            "Stemmingen in openbare vergaderingen zijn openbaar (art. 32 Gemeentewet, Tijdelijke wet digitale beraadslaging).", LegalBasis.LegalObligation, "Iedereen, na het sluiten van de stemming.",
            "Blijvend: het is openbare raadsinformatie die wordt gearchiveerd.", OnErasure.PublicRecord,
            "Stemmen in openbare vergaderingen worden niet gewist (art. 17 lid 3b en 3d AVG); wie ze vastlegde blijft, onder 'verwijderde gebruiker'.",
            [typeof(Voting.CastVote), typeof(Voting.Attendance)]),
    ];
}
