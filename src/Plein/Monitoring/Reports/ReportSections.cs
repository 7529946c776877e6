using Plein.Monitoring.Dashboard;

namespace Plein.Monitoring.Reports;

/// <summary>The programme's report structure: the sections staff write, in the order of the document.</summary>
internal static class ReportSections
{
    internal sealed record Section(string Key, string Label, string Hint);

    public static readonly string[] Priorities = ["A", "B", "C", "D", "E"];

    public static IReadOnlyList<Section> All { get; } =
    [
        new("inleiding", "Inleiding", "Waarom deze rapportage, over welke periode, en wat de lezer vindt."),
        new("over", "1 Over Democratie in Actie", "Het programma, de partners en wat er in de periode veranderde."),
        .. Priorities.SelectMany(p => new[]
        {
            new Section($"{p}-resultaten", $"2 {MonitoringTexts.Describe(p)}: resultaten", "Wat er bereikt is, naast de cijfers die Plein invult."),
            new Section($"{p}-inzet", $"2 {MonitoringTexts.Describe(p)}: inzet komende periode", "Wat het programma de komende periode doet."),
        }),
        new("aanbod", "3 Algemeen aanbod", "Trainingen, workshops, leerkringen en evenementen: wat viel op?"),
    ];
}
