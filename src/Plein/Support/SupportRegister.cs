using Plein.Platform.Privacy;

namespace Plein.Support;

internal sealed class SupportRegister : IProcessingRegister
{
    public string Module => "Aanbod";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Inschrijvingen", "Voor welke bijeenkomsten u zich inschreef, uw organisatie en rol zoals u die opgaf, of u er was.",
            "Plaatsen verdelen, u herinneren, en het bereik van het programma tellen.", LegalBasis.Contract, "Medewerkers van het programma.",
            "Zolang het programma het bereik rapporteert.", OnErasure.KeptUnderPseudonym,
            "Komende inschrijvingen worden afgemeld (de wachtlijst schuift door); wat u over uzelf schreef wordt gewist; eerdere aanwezigheid blijft als aantal.",
            [typeof(Sessions.Registration)]),
        new("Aanvragen van organisaties", "Wie namens de organisatie een onderdeel van het aanbod aanvroeg.", "De aanvraag behandelen.", LegalBasis.PublicTask,
            "Medewerkers van de organisatie en het programma.", "Zo lang als de aanvraag.", OnErasure.KeptUnderPseudonym,
            "De aanvraag is van de organisatie en blijft, onder 'verwijderde gebruiker'.", [typeof(Requests.OfferRequest)]),
    ];
}
