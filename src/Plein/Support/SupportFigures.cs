using Plein.Monitoring.Contracts;
using Plein.Support.Evaluations;

namespace Plein.Support;

/// <summary>The general offer for Monitoring: sessions held, participants, organisations reached and the average mark.</summary>
internal sealed class SupportFigures(OfferReach reach) : IKpiFigures
{
    /// <summary>The four figures come from one reach computation; a report asks for all four over the same period.</summary>
    private readonly Dictionary<(DateTimeOffset, DateTimeOffset), OfferReach.Result> computed = [];

    public IReadOnlyList<Figure> Figures { get; } =
    [
        new("aanbod-bijeenkomsten", "Bijeenkomsten van het aanbod gehouden (trainingen, workshops, leerkringen, evenementen)", Cumulative: false),
        new("aanbod-deelnemers", "Deelnemers aan bijeenkomsten van het aanbod", Cumulative: false),
        new("aanbod-organisaties", "Verschillende organisaties bereikt met het aanbod", Cumulative: false),
        new("aanbod-waardering", "Gemiddelde waardering van bijeenkomsten (rapportcijfer)", Cumulative: false),
    ];

    public IReadOnlyList<Activity> Activities { get; } = [new("aanbod", "Deelgenomen aan het aanbod")];

    public async Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct)
    {
        var (start, end) = period.Instants;
        if (!computed.TryGetValue((start, end), out var result)) computed[(start, end)] = result = await reach.ForAsync(start, end, ct);
        var total = result.Total;
        return key switch
        {
            "aanbod-bijeenkomsten" => total.Sessions,
            "aanbod-deelnemers" => total.Participants,
            "aanbod-organisaties" => total.Organisations,
            "aanbod-waardering" => total.Average is { } average ? Math.Round((decimal)average, 1) : null,
            _ => null,
        };
    }

    public async Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct) =>
        activity == "aanbod" ? (await reach.ForAsync(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), period.Instants.End, ct)).OrganisationIds : new HashSet<Guid>();
}
