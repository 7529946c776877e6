namespace Plein.Participation.Contracts;

/// <summary>
/// Residents' support for something outside participation (an uitdaagrecht request), collected with the participation
/// support mechanism: a proposal in the organisation's own support process, which residents support as any other.
/// </summary>
internal interface ISupportCollection
{
    /// <summary>Starts collecting; returns the proposal that residents support.</summary>
    Task<Guid> StartAsync(string title, string body, Guid authorId, CancellationToken ct);

    /// <summary>Stops collecting: the proposal is withdrawn, so nobody can support it any more.</summary>
    Task StopAsync(Guid proposalId, CancellationToken ct);

    /// <summary>How many residents supported it so far; null when the proposal is gone.</summary>
    Task<int?> CountAsync(Guid proposalId, CancellationToken ct);
}
