namespace Plein.Monitoring.Contracts;

/// <summary>A period of whole days in Dutch time, both dates included.</summary>
public readonly record struct Period(DateOnly From, DateOnly Until)
{
    /// <summary>The first instant of <see cref="From"/> and the first instant after <see cref="Until"/>, in Dutch time.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants =>
        (Platform.Audit.AuditText.FromLocal(From, TimeOnly.MinValue), Platform.Audit.AuditText.FromLocal(Until.AddDays(1), TimeOnly.MinValue));
}

/// <summary>
/// A figure a module counts from its own data, for the programme's KPIs. <paramref name="Cumulative"/> figures are a
/// state at the end of the period (organisations with the uitdaagrecht open); the others count what happened in it.
/// </summary>
public sealed record Figure(string Key, string Description, bool Cumulative);

/// <summary>An activity an organisation can show, for the list and map of organisations by activity.</summary>
public sealed record Activity(string Key, string Name);

/// <summary>
/// What a module answers Monitoring. Each implementation reads its own tables nationally (all organisations): it is
/// programme reporting, and it returns counts only, never personal data.
/// </summary>
public interface IKpiFigures
{
    IReadOnlyList<Figure> Figures { get; }

    IReadOnlyList<Activity> Activities { get; }

    /// <returns>The value, or null when it cannot be known for this period (for example an average without marks).</returns>
    Task<decimal?> MeasureAsync(string key, Period period, CancellationToken ct);

    /// <summary>The organisations that show this activity by the end of the period.</summary>
    Task<IReadOnlySet<Guid>> OrganisationsAsync(string activity, Period period, CancellationToken ct);
}
