namespace Plein.QuickScan.Questionnaire;

/// <summary>The first national version of the quick scan questionnaire (Dutch, B1): one theme per aandachtsgebied.</summary>
/// <remarks>
/// {raad} and {college} can become a plural ("Provinciale Staten", "Gedeputeerde Staten"), so statements never make them
/// the subject of a verb: they say "leden van {raad}" or use them after a preposition. {organisatie} is always singular.
/// </remarks>
internal static class NationalVersion1
{
    public const int Number = 1;
    public const string Title = "Quick scan lokale democratie, versie 1";

    public static QuestionnaireDefinition Definition() => new()
    {
        Themes =
        [
            new()
            {
                Key = "t1",
                Area = 1,
                Title = "Een krachtige volksvertegenwoordiging",
                Current =
                [
                    new()
                    {
                        Text = "Leden van {raad} weten wat er onder inwoners speelt.",
                        ByGroup = new() { ["inwoners"] = "Ik heb het gevoel dat leden van {raad} weten wat er speelt onder inwoners." },
                    },
                    new() { Text = "Leden van {raad} geven vooraf duidelijk richting aan nieuwe plannen." },
                    new() { Text = "Leden van {raad} controleren het werk van {college} goed." },
                    new()
                    {
                        Text = "Leden van {raad} krijgen op tijd de informatie die ze nodig hebben.",
                        ByGroup = new() { ["raadsleden"] = "Ik krijg als lid van {raad} op tijd de informatie die ik nodig heb." },
                    },
                ],
                Improve =
                [
                    new() { Text = "Meer contact tussen leden van {raad} en inwoners." },
                    new() { Text = "Duidelijke afspraken tussen {raad} en {college} over informatie." },
                    new() { Text = "Een open debat met respect voor elkaars mening." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van een goede of slechte samenwerking tussen {raad} en inwoners?",
                Tips =
                [
                    "Organiseer met de griffie werkbezoeken van leden van {raad} in buurten, dorpen en bij organisaties.",
                    "Maak met {college} afspraken over hoe en wanneer leden van {raad} informatie krijgen.",
                    "Volg met alle leden van {raad} een workshop over de eigen rol, aan de hand van een echt onderwerp.",
                ],
            },
            new()
            {
                Key = "t2",
                Area = 2,
                Title = "Goed toegeruste volksvertegenwoordigers en bestuurders",
                Current =
                [
                    new()
                    {
                        Text = "Leden van {raad} en {college} kennen hun eigen rol en taken goed.",
                        ByGroup = new()
                        {
                            ["raadsleden"] = "Ik ken mijn rol en taken als lid van {raad} goed.",
                            ["collegeleden"] = "Ik ken mijn rol en taken als lid van {college} goed.",
                        },
                    },
                    new() { Text = "Nieuwe leden van {raad} worden goed ingewerkt." },
                    new() { Text = "Leden van {raad} hebben genoeg tijd om hun werk goed te doen." },
                    new() { Text = "Leden van {raad} en {college} blijven leren, bijvoorbeeld met trainingen." },
                ],
                Improve =
                [
                    new() { Text = "Betere begeleiding van nieuwe leden van {raad}." },
                    new() { Text = "Trainingen voor leden van {raad} en {college}." },
                    new() { Text = "Meer ondersteuning voor fracties, bijvoorbeeld bij het zoeken van informatie." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van kennis of steun die volksvertegenwoordigers of bestuurders goed konden gebruiken, "
                    + "of juist misten?",
                Tips =
                [
                    "Maak samen met de griffie en de fracties een inwerkprogramma voor nieuwe leden van {raad}.",
                    "Schrijf leden van {raad} en {college} in voor een training of leerkring van het programma, bijvoorbeeld over debatteren.",
                    "Vraag de fracties elk jaar welke ondersteuning zij nodig hebben en spreek af wie die geeft.",
                ],
            },
            new()
            {
                Key = "t3",
                Area = 3,
                Title = "Betrokken inwoners",
                Current =
                [
                    new()
                    {
                        Text = "Inwoners worden vroeg betrokken bij plannen van {organisatie}.",
                        ByGroup = new() { ["inwoners"] = "Ik word vroeg genoeg betrokken bij plannen van {organisatie} die mij raken." },
                    },
                    new()
                    {
                        Text = "Inwoners horen wat er met hun inbreng is gedaan.",
                        ByGroup = new() { ["inwoners"] = "Als ik mijn mening geef, hoor ik wat ermee is gedaan." },
                    },
                    new() { Text = "Ook inwoners die zich minder snel laten horen, doen mee." },
                    new()
                    {
                        Text = "Inwoners weten bij wie ze terechtkunnen met een idee of vraag.",
                        ByGroup = new() { ["inwoners"] = "Ik weet bij wie ik terechtkan met een idee of vraag over mijn omgeving." },
                    },
                ],
                Improve =
                [
                    new() { Text = "Inwoners vroeg betrekken bij plannen." },
                    new() { Text = "Laten weten wat er met de inbreng van inwoners is gedaan." },
                    new() { Text = "Jongeren en andere groepen bereiken die minder vaak meedoen." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van een plan waarbij inwoners goed of juist slecht werden betrokken?",
                Tips =
                [
                    "Leg samen met inwoners in de participatieverordening vast wanneer en hoe zij kunnen meedoen.",
                    "Laat na elk traject aan de deelnemers weten wat er met hun inbreng is gedaan, en waarom.",
                    "Zoek inwoners op waar ze al zijn, zoals op school, in het buurthuis of op de markt.",
                ],
            },
            new()
            {
                Key = "t4",
                Area = 4,
                Title = "Een ambtelijke organisatie die luistert en meedenkt",
                Current =
                [
                    new()
                    {
                        Text = "Medewerkers van {organisatie} denken mee met inwoners en hun initiatieven.",
                        ByGroup = new() { ["inwoners"] = "Als ik contact heb met {organisatie}, denken de medewerkers met mij mee." },
                    },
                    new()
                    {
                        Text = "Brieven en informatie van {organisatie} zijn goed te begrijpen.",
                        ByGroup = new() { ["inwoners"] = "Ik begrijp de brieven en informatie van {organisatie} goed." },
                    },
                    new() { Text = "{organisatie} reageert snel op vragen en meldingen." },
                    new()
                    {
                        Text = "Medewerkers van {organisatie} ondersteunen zowel {raad} als {college} goed.",
                        ByGroup = new() { ["ambtenaren"] = "In mijn werk ondersteun ik zowel {raad} als {college} goed." },
                    },
                ],
                Improve =
                [
                    new() { Text = "Duidelijke taal in brieven en op de website." },
                    new() { Text = "Meer ruimte voor medewerkers om te doen wat past bij de situatie van een inwoner." },
                    new() { Text = "Medewerkers vaker buiten het kantoor in gesprek met inwoners." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van een contact met {organisatie} dat goed of juist slecht ging?",
                Tips =
                [
                    "Laat brieven en webteksten lezen door inwoners en herschrijf ze in eenvoudige taal (B1).",
                    "Geef medewerkers ruimte om van de regel af te wijken als dat beter is voor een inwoner, en bespreek voorbeelden in het team.",
                    "Volg met de voorzitter van {raad}, de secretaris en de griffier een workshop over samenwerken in de lokale driehoek.",
                ],
            },
            new()
            {
                Key = "t5",
                Area = 5,
                Title = "Een krachtige digitale democratie",
                Current =
                [
                    new()
                    {
                        Text = "Informatie over besluiten van {raad} is online makkelijk te vinden.",
                        ByGroup = new() { ["inwoners"] = "Ik kan online makkelijk informatie vinden over besluiten van {raad}." },
                    },
                    new()
                    {
                        Text = "Inwoners kunnen online meedenken over plannen van {organisatie}.",
                        ByGroup = new() { ["inwoners"] = "Ik kan via internet meedenken over plannen van {organisatie}." },
                    },
                    new() { Text = "Vergaderingen van {raad} zijn goed online te volgen." },
                    new() { Text = "Inwoners die minder handig zijn met computers, kunnen op een andere manier meedoen." },
                ],
                Improve =
                [
                    new() { Text = "Stukken van {raad} begrijpelijk en doorzoekbaar online zetten." },
                    new() { Text = "Een veilige website of app om online mee te praten over plannen." },
                    new() { Text = "Online en fysiek meedoen goed combineren." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van een keer dat online meedoen of online informatie goed werkte, of juist niet?",
                Tips =
                [
                    "Kies een veilig en toegankelijk platform voor online meedoen en maak het op één plek vindbaar.",
                    "Zet vergaderingen en stukken van {raad} doorzoekbaar online, bijvoorbeeld via Open Raadsinformatie.",
                    "Volg een webinar of leerkring van het programma over online meedoen en digitaal besluiten.",
                ],
            },
            new()
            {
                Key = "t6",
                Area = 6,
                Title = "Een weerbaar bestuur",
                Current =
                [
                    new()
                    {
                        Text = "Volksvertegenwoordigers en bestuurders kunnen hun werk doen zonder intimidatie of bedreiging.",
                        ByGroup = new()
                        {
                            ["raadsleden"] = "Ik kan als lid van {raad} mijn werk doen zonder me bedreigd te voelen.",
                            ["collegeleden"] = "Ik kan als lid van {college} mijn werk doen zonder me bedreigd te voelen.",
                        },
                    },
                    new()
                    {
                        Text = "{organisatie} steunt politici en medewerkers goed als zij worden bedreigd.",
                        ByGroup = new() { ["ambtenaren"] = "Als ik in mijn werk word bedreigd, weet ik waar ik hulp krijg." },
                    },
                    new()
                    {
                        Text = "Leden van {raad} en {college} handelen eerlijk en integer.",
                        ByGroup = new() { ["inwoners"] = "Ik vertrouw erop dat leden van {raad} en {college} eerlijk en integer handelen." },
                    },
                    new() { Text = "Ook als de spanning oploopt, praten politici en inwoners met respect met elkaar." },
                ],
                Improve =
                [
                    new() { Text = "Steun voor politici en medewerkers die worden bedreigd." },
                    new() { Text = "Het gesprek over integriteit, ook over lastige situaties." },
                    new() { Text = "Goed omgaan met spanningen en tegenstellingen in de samenleving." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van een spannende of lastige situatie, en hoe daarmee is omgegaan?",
                Tips =
                [
                    "Leg vast wie wat doet bij intimidatie of bedreiging, en zorg dat iedereen weet waar je dit meldt.",
                    "Bespreek elk jaar met leden van {raad} en {college} echte dilemma's over integriteit, bijvoorbeeld in een training.",
                    "Volg een workshop van het programma over omgaan met spanningen, agressie en bedreiging.",
                ],
            },
            new()
            {
                Key = "t7",
                Area = 7,
                Title = "Een levendige democratische samenleving",
                Current =
                [
                    new()
                    {
                        Text = "Er zijn genoeg verenigingen en groepen waar inwoners samen iets doen.",
                        ByGroup = new() { ["inwoners"] = "In mijn omgeving zijn genoeg verenigingen en groepen waar ik aan mee kan doen." },
                    },
                    new()
                    {
                        Text = "Initiatieven van inwoners krijgen ruimte en steun van {organisatie}.",
                        ByGroup = new() { ["inwoners"] = "Als ik met anderen iets wil opzetten, krijgen we ruimte en steun van {organisatie}." },
                    },
                    new() { Text = "Inwoners weten dat ze via het uitdaagrecht een taak van {organisatie} kunnen overnemen." },
                    new()
                    {
                        Text = "Inwoners vertrouwen elkaar.",
                        ByGroup = new() { ["inwoners"] = "Ik vertrouw de mensen in mijn buurt of dorp." },
                    },
                ],
                Improve =
                [
                    new() { Text = "Ruimte en steun voor initiatieven van inwoners." },
                    new() { Text = "Het uitdaagrecht bekend en makkelijk te gebruiken maken." },
                    new() { Text = "Ontmoeting tussen inwoners met verschillende achtergronden." },
                ],
                OpenQuestion = "Kunt u een voorbeeld geven van een initiatief van inwoners dat goed of juist slecht werd ontvangen?",
                Tips =
                [
                    "Maak op de website van {organisatie} duidelijk hoe het uitdaagrecht werkt en wie inwoners daarbij helpt.",
                    "Geef initiatieven van inwoners één vast aanspreekpunt binnen {organisatie}.",
                    "Doe mee aan een leerkring van het programma over het uitdaagrecht en leer van andere organisaties.",
                ],
            },
        ],
    };
}
