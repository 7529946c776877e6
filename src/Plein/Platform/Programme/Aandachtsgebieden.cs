namespace Plein.Platform.Programme;

/// <summary>The programme's seven areas of attention, the dimensions used throughout Plein (DOMAIN.md).</summary>
internal static class Aandachtsgebieden
{
    public static readonly int[] All = [1, 2, 3, 4, 5, 6, 7];

    public static string Name(int area) => area switch
    {
        1 => "Een krachtige gemeenteraad",
        2 => "Toegeruste politieke ambtsdragers",
        3 => "Beter betrokken inwoners",
        4 => "Een responsieve ambtelijke organisatie",
        5 => "Een krachtige lokale digitale democratie",
        6 => "Een weerbaar lokaal bestuur",
        _ => "Een vitale democratische gemeenschap",
    };
}
