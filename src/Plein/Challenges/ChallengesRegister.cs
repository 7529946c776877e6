using Plein.Platform.Privacy;

namespace Plein.Challenges;

internal sealed class ChallengesRegister : IProcessingRegister
{
    public string Module => "Uitdaagrecht";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Verzoeken", "Uw verzoek met de gegevens van uw groep, KvK-nummer, kosten, bijlagen, de tijdlijn, de overeenkomst en voortgangsverslagen.",
            "Een verzoek om een taak over te nemen behandelen en besluiten (participatieverordening).", LegalBasis.PublicTask,
            "Uzelf en de behandelaars; aangenomen verzoeken staan zonder uw naam in het openbare register.",
            "Ingediende verzoeken zo lang als de archiefregels voor besluiten vragen; concepten tot de bewaartermijn van de organisatie voorbij is.", OnErasure.KeptUnderPseudonym,
            "Concepten worden gewist. Ingediende verzoeken blijven, want het besluit erover moet worden bewaard (art. 17 lid 3b en 3d AVG).",
            [typeof(Challenge), typeof(ChallengeEvent), typeof(ChallengeAttachment), typeof(Agree.Agreement), typeof(Agree.ProgressReport)], ConceptRetention.RuleKey),
        new("Behandeling", "Welke medewerker een verzoek behandelt en beoordeelt.", "Verantwoorden wie een besluit voorbereidde.", LegalBasis.PublicTask,
            "Medewerkers van de organisatie.", "Zo lang als het verzoek.", OnErasure.KeptUnderPseudonym, "Blijft, onder 'verwijderde gebruiker'.",
            [typeof(Challenge), typeof(ChallengeAssessment), typeof(ChallengeEvent)]),
    ];
}
