using Plein.Platform.Privacy;

namespace Plein.Monitoring;

internal sealed class MonitoringRegister : IProcessingRegister
{
    public string Module => "Monitoring";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Voortgangsrapportages en metingen", "Welke programmamedewerker een versie opsloeg, indiende of goedkeurde, en wie een meting invoerde.",
            "Verantwoorden aan het parlement hoe de cijfers tot stand kwamen.", LegalBasis.PublicTask, "Programmamedewerkers.",
            "Blijvend, met de rapportage.", OnErasure.KeptUnderPseudonym, "Blijft, onder 'verwijderde gebruiker'.",
            [typeof(Reports.ProgressReport), typeof(Reports.ReportVersion), typeof(Kpis.KpiMeasurement)]),
    ];
}
