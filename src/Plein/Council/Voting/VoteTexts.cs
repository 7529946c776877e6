namespace Plein.Council.Voting;

/// <summary>Plain Dutch for the vote enumerations (resource keys).</summary>
internal static class VoteTexts
{
    public static string Describe(VoteMethod method) => method switch
    {
        VoteMethod.Digitaal => "digitaal: elk lid stemt vanaf het eigen account",
        VoteMethod.Hoofdelijk => "hoofdelijk: de griffier legt elke stem vast",
        _ => "schriftelijk, met briefjes",
    };

    public static string Describe(VoteChoice choice) => choice switch
    {
        VoteChoice.Voor => "voor",
        VoteChoice.Tegen => "tegen",
        VoteChoice.Onthouden => "onthouden",
        _ => "afwezig",
    };

    public static string Describe(FractionOutcome outcome) => outcome switch
    {
        FractionOutcome.Aangenomen => "hele fractie voor",
        FractionOutcome.Verworpen => "hele fractie tegen",
        _ => "verdeeld",
    };
}
