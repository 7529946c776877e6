namespace Plein.Monitoring.Reports;

internal static class ReportTexts
{
    public static string Describe(ReportState state) => state switch
    {
        ReportState.Concept => "concept",
        ReportState.TerGoedkeuring => "ter goedkeuring",
        _ => "goedgekeurd",
    };
}
