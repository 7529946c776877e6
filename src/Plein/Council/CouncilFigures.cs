using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Council.Voting;
using Plein.Data;
using Plein.Monitoring.Contracts;

namespace Plein.Council;

/// <summary>Priority C for Monitoring: digital council meetings held and the votes recorded in them. National reads.</summary>
internal sealed class CouncilFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("digitale-raadsvergaderingen", "Digitale raadsvergaderingen gehouden", Cumulative: false),
        new("digitale-stemmingen", "Stemmingen in digitale raadsvergaderingen", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [new("digitale-raad", "Digitale raadsvergadering gehouden")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var (start, end) = period.Instants;
        var meetings = db.National<Meeting>().Where(m => m.IsDigital && m.Type != MeetingType.Commissievergadering && m.Type != MeetingType.Presidium && m.OpenedAt >= start && m.OpenedAt < end);
        return key switch
        {
            "digitale-raadsvergaderingen" => await meetings.CountAsync(ct),
            "digitale-stemmingen" => await db.National<CouncilVote>().CountAsync(v => v.ClosedAt != null && meetings.Any(m => m.Id == v.MeetingId), ct),
            _ => null,
        };
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct)
    {
        if (activity != "digitale-raad") return new HashSet<Guid>();
        var end = period.Instants.End;
        return (await db.National<Meeting>().Where(m => m.IsDigital && m.OpenedAt < end).Select(m => m.OrganisationId).ToListAsync(ct)).ToHashSet();
    }
}
