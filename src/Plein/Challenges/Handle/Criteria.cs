namespace Plein.Challenges.Handle;

/// <summary>What handlers assess, after the usual conditions and grounds for refusal of the VNG example ordinance.</summary>
internal static class Criteria
{
    internal sealed record Criterion(string Key, string Label);

    public static readonly Criterion[] All =
    [
        new("beter", "Beter, goedkoper of socialer dan nu"),
        new("draagvlak", "Steun onder de inwoners die het aangaat"),
        new("kosten", "Kosten niet hoger dan nu"),
        new("continuiteit", "Kwaliteit en continuïteit"),
        new("rechtsvorm", "Rechtsvorm en geen winstoogmerk"),
        new("nadeel", "Geen nadeel voor anderen"),
        new("aanbesteding", "Past binnen de regels voor aanbesteden"),
    ];

    public static string Label(string key) => All.FirstOrDefault(c => c.Key == key)?.Label ?? key;
}
