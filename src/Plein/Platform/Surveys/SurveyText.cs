namespace Plein.Platform.Surveys;

internal static class SurveyText
{
    public static string Describe(QuestionType type) => type switch
    {
        QuestionType.EenKeuze => "één antwoord kiezen",
        QuestionType.MeerKeuze => "meer antwoorden kiezen",
        QuestionType.Schaal => "eens/oneens (vijf punten)",
        QuestionType.Getal => "getal",
        QuestionType.KorteTekst => "korte tekst",
        QuestionType.LangeTekst => "lange tekst",
        _ => "matrix (stellingen)",
    };
}
