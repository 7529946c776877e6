namespace Plein.Monitoring.Dashboard;

internal static class MonitoringTexts
{
    public static readonly string[] Priorities = ["A", "B", "C", "D", "E", "Aanbod"];

    public static string Describe(string priority) => priority switch
    {
        "A" => "A. Quick scan lokale democratie",
        "B" => "B. Uitdaagrecht",
        "C" => "C. Lokale digitale democratie",
        "D" => "D. Volksvertegenwoordiging en inwoners in de energietransitie",
        "E" => "E. Lokale democratie in het Gronings aardbevingsgebied",
        _ => "Algemeen aanbod",
    };

    public static string Number(decimal? value, System.Globalization.CultureInfo culture) =>
        value is not { } v ? "–" : v == decimal.Truncate(v) ? v.ToString("N0", culture) : v.ToString("N1", culture);
}
