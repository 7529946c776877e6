using Plein.Learning.Courses;

namespace Plein.Learning.Demo;

/// <summary>The lessons of "Het uitdaagrecht in uw organisatie", in plain Dutch (B1).</summary>
internal static class UitdaagrechtLessons
{
    public static CourseContent Content() => new()
    {
        Modules =
        [
            Module("Wat de wet vraagt", Lesson("Wat is het uitdaagrecht?", """
                Met het **uitdaagrecht** vragen inwoners of maatschappelijke groepen aan de gemeente: *mogen wij deze taak van u overnemen?* Dat kan met of zonder het geld dat de gemeente er nu aan uitgeeft.

                ## Wat zegt de wet?
                De *Wet versterking participatie op decentraal niveau* is in 2024 aangenomen. Door deze wet wordt de inspraakverordening een **participatieverordening**. Daarin staat hoe inwoners meedoen bij het voorbereiden, uitvoeren en evalueren van beleid. Het uitdaagrecht krijgt daarin een vaste plek.

                De wet geldt voor gemeenten, provincies, waterschappen en de openbare lichamen in Caribisch Nederland. Elke organisatie maakt zelf de regels: wie mag uitdagen, welke taken wel en niet, en hoe lang de beslissing mag duren.

                ## Voorbeelden
                * In Rotterdam ruimen inwoners het afval van de markt op, voor hetzelfde geld.
                * In Gouda maken inwoners de grachten schoon vanaf een suppeplank.
                * In Middelburg krijgen bewoners geld om het groen in hun buurt te onderhouden.
                * In Friesland nemen ongeveer tien organisaties het natuurbeleid van de provincie over, op meer dan 1.000 hectare.
                """,
                video: ("https://www.youtube.com/results?search_query=uitdaagrecht", """
                    [Spreker] Stel: u woont naast een grasveld dat de gemeente twee keer per jaar maait. U en uw buren willen er een bloemenweide van maken en die zelf bijhouden.
                    [Spreker] Met het uitdaagrecht kunt u de gemeente vragen om die taak over te nemen, met het geld dat de gemeente er nu aan besteedt.
                    [Spreker] De gemeente kijkt dan of u het beter, goedkoper of socialer kunt doen. Zegt de gemeente ja, dan maakt u samen afspraken over het werk, het geld en hoe u laat zien wat u heeft gedaan.
                    """),
                reflection: "Welke taak van uw eigen organisatie zouden inwoners misschien beter kunnen doen? Waarom denkt u dat?")),
            Module("De routeplanner", Lesson("Zo voert u het uitdaagrecht in", """
                Het netwerk Right to Challenge maakte een **routeplanner** voor organisaties die het uitdaagrecht willen invoeren. Die heeft drie stappen.

                ## Stap 1: een open gesprek
                Bestuur, initiatiefnemers en andere betrokkenen praten met elkaar. Wat willen we met het uitdaagrecht? Welke taken komen in aanmerking? Waar zijn we bang voor? Nodig ook inwoners uit die al iets voor hun buurt doen.

                ## Stap 2: de checklist invullen
                Met een checklist zet u op een rij wat geregeld moet worden. Bijvoorbeeld: wie is het aanspreekpunt in de organisatie, welke termijnen gelden er, en hoe weet u wat een taak nu kost?

                ## Stap 3: het besluit om het in te voeren
                Het bestuur besluit om het uitdaagrecht in te voeren. Bij een gemeente legt de raad de regels vast in de participatieverordening. Zo weten inwoners waar ze aan toe zijn.

                **Tip:** begin klein. Kies een paar taken waar al inwoners mee bezig zijn, en leer van de eerste verzoeken.
                """,
                reflection: "In welke stap van de routeplanner staat uw organisatie nu? Wat is de volgende stap die u zelf kunt zetten?"),
                Check("Kennischeck: de wet en de routeplanner", 67,
                    Question("Wat regelt de Wet versterking participatie op decentraal niveau?",
                        ("De inspraakverordening wordt een participatieverordening, met een plek voor het uitdaagrecht.", true, "Goed. De wet verbreedt inspraak tot participatie bij voorbereiden, uitvoeren en evalueren, en verankert het uitdaagrecht."),
                        ("Iedere gemeente moet dezelfde landelijke regels voor het uitdaagrecht gebruiken.", false, "Niet goed. Elke organisatie maakt haar eigen regels in de participatieverordening."),
                        ("Inwoners mogen alle taken van de gemeente overnemen, ook vergunningen.", false, "Niet goed. Taken die bij de overheid horen, zoals vergunningen en handhaving, vallen erbuiten.")),
                    Question("Wat is de eerste stap van de routeplanner?",
                        ("Het besluit van de raad.", false, "Niet goed. Het besluit is de laatste stap. Eerst praat u met elkaar."),
                        ("Een open gesprek tussen bestuur, initiatiefnemers en anderen.", true, "Goed. Zo ontdekt u samen wat u wilt en waar de zorgen zitten."),
                        ("Een aanbesteding uitschrijven.", false, "Niet goed. Het uitdaagrecht is geen aanbesteding; het begint bij het gesprek.")),
                    Question("Mag een inwonersgroep vragen om een taak over te nemen zonder het geld dat erbij hoort?",
                        ("Ja, dat kan: met of zonder budget.", true, "Goed. Sommige groepen willen alleen de taak, anderen vragen ook het budget."),
                        ("Nee, het budget gaat altijd mee.", false, "Niet goed. De wet noemt allebei: met of zonder het geld.")))),
            Module("Een verzoek beoordelen", Lesson("Wat staat er in een verzoek en hoe beoordeelt u het?", """
                ## Wat staat er in een goed verzoek?
                Gemeenten die het voorbeeld van de VNG volgen, vragen in een verzoek om:
                * de taak die de uitdager wil overnemen;
                * waarom en hoe de uitdager het beter, goedkoper of socialer doet;
                * de betrokkenheid, kennis en ervaring van de uitdager;
                * de steun van de inwoners die het aangaat;
                * een schatting van de kosten;
                * welke hulp of samenwerking de uitdager van de gemeente vraagt;
                * hoe de kwaliteit en de continuïteit geregeld zijn.

                ## Gebruikelijke voorwaarden
                * Het gaat niet om een taak die bij de overheid hoort, zoals vergunningen, handhaving, de basisregistratie personen of paspoorten.
                * De uitdager is geen commerciële partij en heeft een rechtsvorm, bijvoorbeeld een vereniging of stichting.
                * De kosten zijn niet hoger dan nu.
                * Er is steun in de buurt en anderen hebben er geen last van.
                * Het past binnen de regels voor aanbesteden, en het gaat om een bestaande taak met een bestaand budget.

                ## De volgorde
                Eerst kijkt de gemeente of aan de voorwaarden is voldaan. Dan volgt een kennismakingsgesprek. Daarna beoordeelt de gemeente het verzoek en geeft zij advies. Het college besluit binnen de termijn uit de verordening. Een voorbeeld: binnen 10 weken, voor verzoeken die 18 weken voor de gewenste start binnen zijn.
                """,
                reflection: "Stel dat er morgen een verzoek binnenkomt. Wie in uw organisatie pakt het op, en weet die persoon wat de termijn is?")),
            Module("Een afspraak maken", Lesson("Afspraken maken, uitvoeren en evalueren", """
                Zegt het college ja, dan maken de gemeente en de uitdager een **afspraak**. Leg daarin vast:
                * welke taken de uitdager doet;
                * welk resultaat u samen wilt bereiken;
                * het budget en hoe het wordt betaald;
                * hoe lang de afspraak geldt;
                * hoe en hoe vaak de uitdager laat zien wat er is gedaan.

                ## Tijdens de uitvoering
                Spreek regelmatig met elkaar over de voortgang. Zo ziet u op tijd of er iets moet veranderen. Houd het licht: een goed gesprek zegt vaak meer dan een dik verslag.

                ## Aan het eind
                Evalueer samen. Is het resultaat bereikt? Wat ging goed, wat kan beter? Dan besluit u of de afspraak wordt verlengd, aangepast of stopt. Deel wat u leerde met andere gemeenten: zo groeit het uitdaagrecht.
                """),
                Check("Kennischeck: beoordelen en afspreken", 67,
                    Question("Welk verzoek voldoet meestal niet aan de voorwaarden?",
                        ("Een buurtvereniging die het groen in de wijk wil onderhouden.", false, "Niet goed. Dit is een bestaande taak die een vereniging goed kan doen."),
                        ("Een bedrijf dat winst wil maken op het ophalen van afval.", true, "Goed. Commerciële partijen vallen meestal buiten het uitdaagrecht."),
                        ("Een stichting die een buurthuis wil beheren voor hetzelfde geld.", false, "Niet goed. Een stichting heeft een rechtsvorm en de kosten stijgen niet.")),
                    Question("Wat hoort niet in de afspraak tussen gemeente en uitdager?",
                        ("Het budget en hoe lang de afspraak geldt.", false, "Niet goed. Budget en looptijd horen juist in de afspraak."),
                        ("Hoe de uitdager laat zien wat er is gedaan.", false, "Niet goed. Afspraken over rapporteren horen erbij."),
                        ("De namen van alle buren die het verzoek steunen.", true, "Goed. Steun in de buurt telt bij het beoordelen, maar een lijst met namen hoort niet in de afspraak.")),
                    Question("Wat doet u aan het eind van de afspraak?",
                        ("Samen evalueren en besluiten over verlengen, aanpassen of stoppen.", true, "Goed. Zo leert u van de ervaring en weet iedereen waar hij aan toe is."),
                        ("Niets: de afspraak loopt vanzelf door.", false, "Niet goed. Een afspraak heeft een looptijd; daarna kijkt u samen terug.")))),
        ],
    };

    private static CourseModule Module(string title, params Lesson[] lessons) => new() { Id = Guid.NewGuid(), Title = title, Lessons = [.. lessons] };

    private static Lesson Lesson(string title, string body, (string Url, string Transcript)? video = null, string? reflection = null) => new()
    {
        Id = Guid.NewGuid(), Title = title, Body = body, VideoUrl = video?.Url, VideoTranscript = video?.Transcript, ReflectionPrompt = reflection,
    };

    private static Lesson Check(string title, int passMark, params CheckQuestion[] questions) => new()
    {
        Id = Guid.NewGuid(), Title = title, Body = "Test wat u heeft geleerd. Bij elk antwoord ziet u uitleg. U mag het zo vaak proberen als u wilt.",
        Check = new KnowledgeCheck { PassMark = passMark, Questions = [.. questions] },
    };

    private static CheckQuestion Question(string text, params (string Text, bool Correct, string Feedback)[] options) => new()
    {
        Id = Guid.NewGuid(), Text = text, Options = [.. options.Select(o => new CheckOption { Text = o.Text, Correct = o.Correct, Feedback = o.Feedback })],
    };
}
