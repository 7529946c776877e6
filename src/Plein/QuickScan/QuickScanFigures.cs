using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Contracts;
using Plein.Platform.Surveys;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan;

/// <summary>Priority A for Monitoring: quick scans completed and running, and their respondents. National reads.</summary>
internal sealed class QuickScanFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("quickscans-afgerond", "Quick scans afgerond (vragenlijst gesloten)", Cumulative: false),
        new("quickscans-lopend", "Quick scans waarvan de vragenlijst openstaat", Cumulative: true),
        new("quickscan-respondenten", "Ingevulde quick scan-vragenlijsten", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [new("quickscan", "Quick scan gedaan of bezig")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var (start, end) = period.Instants;
        var scans = db.National<Scan>();
        return key switch
        {
            "quickscans-afgerond" => await scans.CountAsync(s => s.ClosedAt >= start && s.ClosedAt < end, ct),
            "quickscans-lopend" => await scans.CountAsync(s => s.OpenedAt < end && (s.ClosedAt == null || s.ClosedAt >= end), ct),
            "quickscan-respondenten" => await db.National<SurveyResponse>()
                .CountAsync(r => r.SubmittedAt >= start && r.SubmittedAt < end && scans.Any(s => s.SurveyId == r.SurveyId), ct),
            _ => null,
        };
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct)
    {
        if (activity != "quickscan") return new HashSet<Guid>();
        var end = period.Instants.End;
        return (await db.National<Scan>().Where(s => s.OpenedAt < end).Select(s => s.OrganisationId).ToListAsync(ct)).ToHashSet();
    }
}
