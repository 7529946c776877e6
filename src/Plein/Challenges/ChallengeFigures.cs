using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Monitoring.Contracts;

namespace Plein.Challenges;

/// <summary>Priority B for Monitoring: organisations with the uitdaagrecht open, and requests submitted. National reads.</summary>
internal sealed class ChallengeFigures(PleinDb db) : IKpiFigures
{
    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("uitdaagrecht-open", "Organisaties waar inwoners een uitdaagrecht-verzoek kunnen doen (routeplanner: open)", Cumulative: true),
        new("uitdaagrecht-verzoeken", "Ingediende uitdaagrecht-verzoeken", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [new("uitdaagrecht", "Uitdaagrecht open")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var (start, end) = period.Instants;
        return key switch
        {
            "uitdaagrecht-open" => (await OpenAsync(end, ct)).Count,
            "uitdaagrecht-verzoeken" => await db.National<Challenge>().CountAsync(c => c.SubmittedAt >= start && c.SubmittedAt < end, ct),
            _ => null,
        };
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct) =>
        activity == "uitdaagrecht" ? await OpenAsync(period.Instants.End, ct) : new HashSet<Guid>();

    /// <summary>The routeplanner keeps no history of its stages; the last change to an open regeling dates its opening.</summary>
    private async Task<HashSet<Guid>> OpenAsync(DateTimeOffset end, CancellationToken ct) =>
        [.. await db.National<ChallengeRules>().Where(r => r.Stage == IntroductionStage.Open && r.UpdatedAt < end).Select(r => r.OrganisationId).ToListAsync(ct)];
}
