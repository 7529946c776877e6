using Microsoft.AspNetCore.Identity;
using Plein.Platform.Accounts;

namespace Plein.Platform.Privacy;

/// <summary>What the platform itself keeps about people: the account, the log, files, mail, verification and surveys.</summary>
internal sealed class PlatformRegister : IProcessingRegister
{
    public string Module => "Account en platform";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Account", "Naam, e-mailadres, wachtwoord (versleuteld), tweede stap, taalkeuze, rollen bij organisaties, inloggen met DigiD of eHerkenning (alleen een versleutelde code, nooit het BSN).",
            "U laten inloggen, u berichten sturen en bepalen wat u mag doen.", LegalBasis.Contract, "Uzelf; de beheerder van een organisatie ziet de leden en hun rollen.",
            "Zolang u het account heeft.", OnErasure.Deleted, "Naam, e-mailadres, wachtwoord, rollen en inlogkoppelingen worden gewist; wat u bijdroeg staat daarna op naam van 'verwijderde gebruiker'.",
            [typeof(PleinUser), typeof(Membership), typeof(ExternalIdentity), typeof(IdentityUserClaim<Guid>), typeof(IdentityUserLogin<Guid>), typeof(IdentityUserToken<Guid>), typeof(IdentityUserRole<Guid>)]),
        new("Logboek", "Wie welk besluit of welke beheeractie deed, en wanneer.", "Controleren wie wat deed (BIO).", LegalBasis.PublicTask,
            "Beheerders van de organisatie.", "Zolang de organisatie bestaat; een bewaartermijn voor het logboek komt nog.", OnErasure.KeptUnderPseudonym,
            "Het logboek kan niet worden gewijzigd; uw acties staan er daarna op naam van 'verwijderde gebruiker'.",
            [typeof(Audit.AuditEntry), typeof(Tenancy.OrganisationEvent), typeof(Jobs.BackgroundJob)]),
        new("Bestanden", "Bestanden die u toevoegt (bijlagen, logo's) en wie ze toevoegde.", "Bijlagen bij een bijdrage bewaren en tonen.", LegalBasis.PublicTask,
            "Wie de bijdrage mag zien.", "Zolang de bijdrage bestaat.", OnErasure.KeptUnderPseudonym, "Bijlagen bij bijdragen blijven; bijlagen bij concepten gaan mee weg.",
            [typeof(Files.StoredFile)]),
        new("E-mail", "Uw e-mailadres en de tekst van berichten aan u.", "Berichten bezorgen, ook als de mailserver even niet werkt.", LegalBasis.Contract,
            "Niemand; alleen de server die de mail verstuurt.", "Tot het bericht is verstuurd.", OnErasure.Deleted, "Berichten die nog moeten worden verstuurd, gaan weg.",
            [typeof(Mail.OutboxMessage)]),
        new("Adres bevestigen", "Postcode en huisnummer die u bevestigt.", "Nagaan of u in het gebied woont waar u meedoet.", LegalBasis.PublicTask,
            "Niemand anders dan uzelf; medewerkers zien alleen aantallen.", "Tot de bewaartermijn van de organisatie voorbij is.", OnErasure.Deleted, "Het adres wordt gewist.",
            [typeof(Verification.Census.AddressVerification)], Verification.AddressVerificationRetention.RuleKey),
        new("Stemcodes", "Welk account een stemcode gebruikte, en wanneer.", "Zorgen dat één code één stem geeft.", LegalBasis.PublicTask,
            "Niemand; medewerkers zien alleen of een code is gebruikt.", "Tot de bewaartermijn van de organisatie voorbij is; daarna blijft alleen 'gebruikt' over.", OnErasure.KeptUnderPseudonym,
            "De code blijft gebruikt, zodat niemand er opnieuw mee stemt.", [typeof(Verification.VotingCodes.VotingCode)], Verification.VotingCodeRetention.RuleKey),
        new("Vragenlijsten", "Uw antwoorden; bij een vragenlijst met account ook welk account antwoordde.", "Meningen ophalen en één antwoord per persoon bewaken.", LegalBasis.PublicTask,
            "Medewerkers zien de uitkomsten; open antwoorden alleen medewerkers.", "De koppeling met uw account tot de bewaartermijn van de organisatie voorbij is.", OnErasure.Anonymised,
            "Antwoorden blijven meetellen zonder koppeling met u; niet afgemaakte antwoorden gaan weg.",
            [typeof(Surveys.SurveyResponse)], Surveys.SurveyRetention.RuleKey),
        new("Anonieme vragenlijsten", "Dat u een anonieme vragenlijst invulde (niet wat u antwoordde).", "Eén antwoord per persoon bewaken.", LegalBasis.PublicTask,
            "Niemand.", "Tot de bewaartermijn van de organisatie na het sluiten voorbij is.", OnErasure.Deleted, "Wordt gewist.",
            [typeof(Surveys.SurveyParticipant)], Surveys.SurveyRetention.RuleKey),
    ];
}
