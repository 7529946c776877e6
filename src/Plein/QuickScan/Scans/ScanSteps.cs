namespace Plein.QuickScan.Scans;

/// <summary>The five steps of the quick scan as the programme names them, and where a scan stands.</summary>
internal static class ScanSteps
{
    public const int Count = 5;

    public static string Name(int step) => step switch
    {
        0 => "Voorbereiding",
        1 => "Startgesprek",
        2 => "Vragenlijst",
        3 => "Agenderingsgesprek",
        _ => "Verbeteragenda",
    };

    public static string Explanation(int step) => step switch
    {
        0 => "Aanmelden en de verwerkersovereenkomst aanvaarden.",
        1 => "De periode, de doelgroepen, de trekker, de begeleidingscommissie en de procesbegeleider vastleggen.",
        2 => "De vragenlijst openstellen, elke groep uitnodigen en de respons volgen.",
        3 => "Het rapport bespreken en de eerste prioriteiten kiezen.",
        _ => "Acties met trekkers en data vastleggen en delen met het programma.",
    };

    /// <summary>The step (0-4) the scan is in now.</summary>
    public static int Current(ScanState state) => state switch
    {
        ScanState.Aangemeld => 1,
        ScanState.Gestart => 2,
        ScanState.Open => 2,
        ScanState.Gesloten => 3,
        _ => 5,
    };

    public static string Describe(ScanState state) => state switch
    {
        ScanState.Aangemeld => "aangemeld, startgesprek volgt",
        ScanState.Gestart => "startgesprek gehouden, vragenlijst nog niet open",
        ScanState.Open => "vragenlijst open",
        ScanState.Gesloten => "vragenlijst gesloten, agendering en verbeteragenda",
        _ => "afgerond, verbeteragenda gedeeld",
    };

    /// <summary>The start conversation and the custom questions can change until the questionnaire opens.</summary>
    public static bool Preparing(ScanState state) => state is ScanState.Aangemeld or ScanState.Gestart;
}
