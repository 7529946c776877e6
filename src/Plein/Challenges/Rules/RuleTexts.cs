namespace Plein.Challenges.Rules;

/// <summary>Dutch names of the stages and steps (resource keys; the English is in the resource file).</summary>
internal static class RuleTexts
{
    public static string Stage(IntroductionStage stage) => stage switch
    {
        IntroductionStage.NietGestart => "nog niet begonnen",
        IntroductionStage.VerkennendGesprek => "verkennend gesprek",
        IntroductionStage.Checklist => "checklist invullen",
        IntroductionStage.BesluitTotInvoering => "besluit tot invoering genomen",
        _ => "open voor aanvragen",
    };

    public static string State(ChallengeState state) => state switch
    {
        ChallengeState.Concept => "concept",
        ChallengeState.Ingediend => "ingediend",
        ChallengeState.Ontvankelijkheid => "voorwaarden controleren",
        ChallengeState.Kennismaking => "kennismakingsgesprek",
        ChallengeState.Beoordeling => "beoordelen",
        ChallengeState.Advies => "advies",
        ChallengeState.Besluit => "toegekend",
        ChallengeState.Overeenkomst => "afspraken maken",
        ChallengeState.Uitvoering => "uitvoering",
        ChallengeState.Evaluatie => "evaluatie",
        ChallengeState.Afgerond => "afgerond",
        ChallengeState.Afgewezen => "afgewezen",
        _ => "ingetrokken",
    };

    public static string Form(LegalForm form) => form switch
    {
        LegalForm.Stichting => "Stichting",
        LegalForm.Vereniging => "Vereniging",
        LegalForm.Cooperatie => "Coöperatie",
        _ => "Bewonersgroep zonder rechtsvorm",
    };
}
