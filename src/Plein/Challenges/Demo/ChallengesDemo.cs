using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform;
using Plein.Platform.Accounts;

namespace Plein.Challenges.Demo;

/// <summary>
/// Uitdaagrecht modelled on real cases: residents collecting market litter for the same budget (Rotterdam), canals
/// cleaned from paddle boards (Gouda), residents maintaining their neighbourhood's green (Middelburg) and about ten
/// organisations taking over a province's nature management (Friesland); here in Zwolle and Overijssel.
/// </summary>
internal sealed class ChallengesDemo(PleinDb db, TimeProvider clock) : IDemoContent
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var orgs = await db.Organisations.Where(o => o.Slug == "zwolle" || o.Slug == "provincie-overijssel" || o.Slug == "waterschap-drents-overijsselse-delta").ToDictionaryAsync(o => o.Slug, ct);
        var (zwolle, overijssel) = (orgs["zwolle"].Id, orgs["provincie-overijssel"].Id);
        var resident = await UserAsync(Role.Inwoner, "zwolle", ct);
        var clerk = await UserAsync(Role.Ambtenaar, "zwolle", ct);
        var provinceClerk = await UserAsync(Role.Ambtenaar, "overijssel", ct);

        var zwolleRules = Rules(zwolle, IntroductionStage.Open, now);
        var provinceRules = Rules(overijssel, IntroductionStage.Open, now);
        provinceRules.Domains = ["Natuurbeheer", "Landschap en erfgoed", "Recreatieve routes"];
        provinceRules.DecisionWeeks = 12;
        provinceRules.WeeksBeforeStart = 18;
        var waterboardRules = Rules(orgs["waterschap-drents-overijsselse-delta"].Id, IntroductionStage.VerkennendGesprek, now);
        db.AddRange(zwolleRules, provinceRules, waterboardRules);

        var market = Request(zwolle, "UR-2026-0001", resident, "Stichting Schone Markt Zwolle", LegalForm.Stichting, "41000001", "Afval en zwerfvuil",
            "Het afval na de markt op de Grote Markt opruimen",
            "Marktkooplieden en buurtbewoners ruimen samen op, voor hetzelfde budget als nu. Het geld blijft in de buurt: jongeren uit de buurt verdienen er wat bij.",
            "Wij zijn marktkooplieden en bewoners van de binnenstad. Wij ruimen al drie jaar vrijwillig op na de zaterdagmarkt.", 38_000, 38_000, zwolleRules, today.AddDays(-120));
        Decide(market, true, "De stichting ruimt op voor hetzelfde bedrag als nu, met meer mensen uit de buurt. De kwaliteit is geborgd met een schouw na elke markt.", today.AddDays(-60));
        var canals = Request(zwolle, "UR-2026-0002", resident, "Vereniging SUP Zwolle", LegalForm.Vereniging, "41000002", "Groen en openbare ruimte",
            "De grachten rond de binnenstad schoonhouden vanaf suppen",
            "Onze leden vissen elke week afval uit de grachten vanaf hun supboard. Dat is goedkoper dan de werkboot en mensen zien dat de stad van iedereen is.",
            "Een sportvereniging met 140 leden. Wij doen al twee jaar mee aan World Cleanup Day.", 6_500, 9_000, zwolleRules, today.AddDays(-50));
        canals.State = ChallengeState.Beoordeling;
        canals.HandlerId = clerk;
        var green = Request(zwolle, "UR-2026-0003", resident, "Bewonersvereniging Assendorp", LegalForm.Vereniging, "41000003", "Groen en openbare ruimte",
            "Het groen in Assendorp onderhouden",
            "Bewoners onderhouden de plantsoenen en boomspiegels in hun eigen straat, met een vergoeding per vierkante meter. Er komt meer bloei en minder tegels.",
            "Sinds 2019 hebben wij 30 geveltuinen aangelegd. Een hovenier uit de wijk begeleidt de vrijwilligers.", 21_000, 24_500, zwolleRules, today.AddDays(-66));
        green.State = ChallengeState.Ontvankelijkheid;
        var parking = Request(zwolle, "UR-2026-0004", resident, "Buurtgroep Diezerpoort", LegalForm.Bewonersgroep, null, "Sport en spelen",
            "Toezicht houden op foutparkeren bij de speeltuin",
            "Buren spreken foutparkeerders aan en schrijven boetes uit.", "Een groep van tien buren.", null, null, zwolleRules, today.AddDays(-40));
        Decide(parking, false, "Handhaving is een taak die de gemeente volgens de participatieverordening nooit overdraagt. Ook heeft de groep geen rechtsvorm. Wij denken graag mee over een buurtpreventie-app.", today.AddDays(-20));
        var nature = Request(overijssel, "UR-2026-0001", resident, "Coöperatie Natuurlijk Salland", LegalForm.Cooperatie, "41000005", "Natuurbeheer",
            "Het beheer van 1.100 hectare natuur in Salland overnemen, met tien organisaties samen",
            "Tien agrarische natuurverenigingen, landgoederen en dorpsorganisaties beheren de natuur samen, dichter bij de grond en met eigen vrijwilligers.",
            "De coöperatie bestaat uit tien organisaties die al dertig jaar natuur beheren in Salland.", 640_000, 700_000, provinceRules, today.AddDays(-21));
        nature.State = ChallengeState.Kennismaking;
        nature.HandlerId = provinceClerk;
        nature.IntendedStart = today.AddDays(200);
        market.Advance(ChallengeState.Overeenkomst, now.AddDays(-45));
        market.Advance(ChallengeState.Uitvoering, now.AddDays(-30));
        var marketAgreement = new Agree.Agreement
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ChallengeId = market.Id, Form = AgreementForm.Overeenkomst, CreatedAt = now.AddDays(-45),
            Tasks = ["Na elke zaterdagmarkt het plein en de zijstraten opruimen", "Afval scheiden: karton, groente en fruit, rest"],
            Indicators = ["Om 17.00 uur is het plein schoon (schouw)", "Aantal jongeren uit de buurt dat meewerkt"],
            BudgetPerYear = 38_000, Starts = today.AddDays(-30), Ends = today.AddDays(-30).AddMonths(12).AddDays(-1), ReportEveryMonths = 3,
        };
        var playground = Request(zwolle, "UR-2025-0003", resident, "Stichting Speeltuin De Pijp", LegalForm.Stichting, "41000006", "Sport en spelen",
            "De speeltuin De Pijp beheren en openhouden",
            "Vrijwilligers uit de buurt houden de speeltuin open en schoon en organiseren activiteiten, voor minder geld dan het onderhoudscontract.",
            "De stichting is opgericht door ouders uit de buurt en beheert al tien jaar een speeltuin in een andere wijk.", 15_000, 19_000, zwolleRules, today.AddDays(-500));
        Decide(playground, true, "Een sterk plan met veel steun in de buurt en lagere kosten.", today.AddDays(-440));
        playground.Advance(ChallengeState.Overeenkomst, now.AddDays(-430));
        playground.Advance(ChallengeState.Uitvoering, now.AddDays(-420));
        playground.Advance(ChallengeState.Evaluatie, now.AddDays(-60));
        playground.Advance(ChallengeState.Afgerond, now.AddDays(-40));
        var playgroundAgreement = new Agree.Agreement
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ChallengeId = playground.Id, Form = AgreementForm.Subsidie, CreatedAt = now.AddDays(-430),
            Tasks = ["De speeltuin elke middag openen", "Toestellen wekelijks controleren"], Indicators = ["Dagen per jaar open", "Bezoekers per week"],
            BudgetPerYear = 15_000, Starts = today.AddDays(-420), Ends = today.AddDays(-420).AddMonths(12), ReportEveryMonths = 6,
            Outcome = Agree.EvaluationOutcome.Voortzetten, EvaluatedOn = today.AddDays(-40),
            Lessons = "Maak vooraf afspraken over wie de toestellen keurt. Een vaste contactpersoon bij de gemeente scheelt veel tijd.",
            ResultSummary = "De speeltuin was 310 dagen open, tegen 200 dagen daarvoor. Er komen gemiddeld 140 kinderen per week. De kosten daalden met 4.000 euro per jaar.",
        };
        db.AddRange(market, canals, green, parking, nature, playground, marketAgreement, playgroundAgreement);
        db.Add(new Agree.ProgressReport
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ChallengeId = playground.Id, Period = "Het eerste halfjaar",
            Done = "Elke middag open, twee activiteitendagen, een nieuwe zandbak.", IndicatorValues = ["150 dagen", "120 kinderen per week"], Spent = 7_200, SubmittedAt = now.AddDays(-240),
        });
        Event(playground, "ingediend", "Aanvraag ingediend.", playground.SubmittedAt!.Value);
        Event(playground, "evaluatie", "Evaluatie: u blijft de taak doen. Wij maken samen nieuwe afspraken.", now.AddDays(-40));
        Event(market, "overeenkomst", "De afspraken zijn vastgelegd (overeenkomst).", now.AddDays(-45));
        Event(market, "uitvoering", "De uitvoering is begonnen.", now.AddDays(-30));

        Event(market, "ingediend", "Aanvraag ingediend.", market.SubmittedAt!.Value);
        Event(market, "besluit", "Besluit: de aanvraag is toegekend.\n" + market.DecisionReasons, now.AddDays(-60));
        Event(canals, "ingediend", "Aanvraag ingediend.", canals.SubmittedAt!.Value);
        Event(canals, "stap", "Volgende stap: kennismakingsgesprek.\nWe spreken af bij de Thorbeckegracht.", now.AddDays(-40));
        Event(canals, "stap", "Volgende stap: beoordeling.", now.AddDays(-30));
        Event(green, "ingediend", "Aanvraag ingediend.", green.SubmittedAt!.Value);
        Event(parking, "ingediend", "Aanvraag ingediend.", parking.SubmittedAt!.Value);
        Event(parking, "besluit", "Besluit: de aanvraag is afgewezen.\n" + parking.DecisionReasons, now.AddDays(-20));
        Event(nature, "ingediend", "Aanvraag ingediend.", nature.SubmittedAt!.Value);
        Event(nature, "stap", "Volgende stap: kennismakingsgesprek.", now.AddDays(-10));
        db.Add(new ChallengeAssessment
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ChallengeId = canals.Id, Criterion = "kosten", Score = 4, Note = "Goedkoper dan de werkboot; verzekering nog nagaan.",
            AssessorId = clerk, At = now.AddDays(-25),
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Guid> UserAsync(Role role, string shortName, CancellationToken ct) =>
        await db.Users.Where(u => u.Email == DemoData.EmailFor(role.ToString(), shortName)).Select(u => u.Id).SingleAsync(ct);

    private static ChallengeRules Rules(Guid organisationId, IntroductionStage stage, DateTimeOffset now)
    {
        var rules = ChallengeRules.Example(now);
        (rules.OrganisationId, rules.Stage) = (organisationId, stage);
        return rules;
    }

    private static Challenge Request(Guid organisationId, string reference, Guid challenger, string group, LegalForm form, string? kvk, string domain, string task,
        string howBetter, string involvement, decimal? cost, decimal? current, ChallengeRules rules, DateOnly submitted)
    {
        var at = new DateTimeOffset(submitted.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var challenge = new Challenge
        {
            Id = Guid.NewGuid(), OrganisationId = organisationId, ChallengerId = challenger, State = ChallengeState.Concept, GroupName = group, LegalForm = form,
            KvkNumber = kvk, NotForProfit = true, Domain = domain, Task = task, HowBetter = howBetter, Involvement = involvement, CostEstimate = cost, CurrentCost = current,
            SupportEvidence = "Een handtekeningenlijst van de buurt en steunbrieven van de wijkvereniging.",
            SupportWanted = "Materiaal en een contactpersoon bij de organisatie.", Continuity = "Een vaste coördinator en een rooster met vervangers.",
            CreatedAt = at.AddDays(-7), UpdatedAt = at,
        };
        challenge.Submit(rules, reference, submitted, at);
        return challenge;
    }

    private static void Decide(Challenge challenge, bool accepted, string reasons, DateOnly on)
    {
        challenge.State = ChallengeState.Advies;
        challenge.Decide(accepted, reasons, on, new DateTimeOffset(on.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero));
    }

    private void Event(Challenge challenge, string kind, string text, DateTimeOffset at) =>
        db.Add(new ChallengeEvent { Id = Guid.NewGuid(), OrganisationId = challenge.OrganisationId, ChallengeId = challenge.Id, At = at, Kind = kind, Text = text });
}
