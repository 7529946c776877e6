using Plein.Platform.Privacy;

namespace Plein.Participation;

internal sealed class ParticipationRegister : IProcessingRegister
{
    public string Module => "Meedoen";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Voorstellen", "Uw voorstellen met tekst, plaats en bijlagen, en uw naam erbij.", "Inwoners ideeën laten indienen waarop de organisatie reageert.", LegalBasis.PublicTask,
            "Iedereen: voorstellen zijn openbaar.", "Zolang het proces openbaar is.", OnErasure.KeptUnderPseudonym,
            "Uw voorstellen blijven staan, want anderen steunden ze en de organisatie antwoordde erop; uw naam wordt 'verwijderde gebruiker'.",
            [typeof(Proposal), typeof(ProposalAttachment)]),
        new("Steun", "Welke voorstellen u steunt.", "Eén steun per persoon tellen.", LegalBasis.PublicTask,
            "Niemand ziet wie steunt; iedereen ziet het aantal.", "Zolang het proces openbaar is.", OnErasure.KeptUnderPseudonym,
            "Uw steun blijft meetellen, onder 'verwijderde gebruiker', zodat de aantallen kloppen.", [typeof(Support)]),
        new("Reacties", "Uw reacties en uw naam erbij.", "Het gesprek over voorstellen.", LegalBasis.PublicTask,
            "Iedereen.", "Zolang het proces openbaar is.", OnErasure.KeptUnderPseudonym,
            "De tekst van uw reacties wordt gewist; de plaats in het gesprek blijft, als 'verwijderd', zodat antwoorden erop leesbaar blijven.",
            [typeof(Comments.Comment)]),
        new("Meldingen", "Reacties die u meldt, met de reden.", "Ongepaste reacties weghalen.", LegalBasis.PublicTask,
            "Moderatoren van de organisatie.", "Tot de bewaartermijn van de organisatie voorbij is.", OnErasure.KeptUnderPseudonym,
            "Meldingen blijven tot hun bewaartermijn, onder 'verwijderde gebruiker'.", [typeof(Comments.CommentReport)], Comments.ReportRetention.RuleKey),
        new("Blokkades", "Of een moderator u blokkeerde.", "Iemand die zich niet aan de regels houdt, laten stoppen met reageren.", LegalBasis.PublicTask,
            "Moderatoren van de organisatie.", "Tot de moderator de blokkade opheft.", OnErasure.Deleted, "Wordt gewist.", [typeof(Comments.BlockedUser)]),
        new("Volgen en e-mail", "Welke voorstellen u volgt en welke e-mails u wilt krijgen.", "U laten weten wat er verandert.", LegalBasis.Consent,
            "Alleen uzelf.", "Tot u stopt met volgen.", OnErasure.Deleted, "Wordt gewist.",
            [typeof(Notifications.Follow), typeof(Notifications.NotificationSettings)]),
    ];
}
