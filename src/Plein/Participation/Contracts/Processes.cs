namespace Plein.Participation.Contracts;

/// <summary>A process as other modules see it: its title, phases and the census list "postcode in het gebied" checks.</summary>
internal sealed record ProcessInfo(Guid Id, string Title, bool Published, Guid? CensusAreaId, IReadOnlyList<PhaseInfo> Phases)
{
    public PhaseInfo? Phase(Guid id) => Phases.FirstOrDefault(p => p.Id == id);
}

internal sealed record PhaseInfo(Guid Id, string Name, DateOnly Starts, DateOnly Ends);

/// <summary>The current organisation's processes, for modules that work inside a process phase (such as budgeting).</summary>
internal interface IProcesses
{
    Task<ProcessInfo?> FindAsync(Guid processId, CancellationToken ct);

    Task<IReadOnlyList<ProcessInfo>> ListAsync(CancellationToken ct);
}

/// <summary>A module adds a section to a process page: a title, a line and a link (for example a budget to vote on).</summary>
internal interface IProcessLinks
{
    /// <param name="Text">A resource key (Dutch), translated on the page.</param>
    internal sealed record Link(string Title, string Text, string Href);

    Task<IReadOnlyList<Link>> LinksAsync(Guid processId, CancellationToken ct);
}
