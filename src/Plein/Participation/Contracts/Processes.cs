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

    /// <summary>What residents put into a published process, for example next to the council agenda item it informs.</summary>
    Task<ResidentInput?> InputAsync(Guid processId, CancellationToken ct);
}

/// <param name="Outcome">What was done with the input, as staff wrote it ("wat is er met uw inbreng gedaan").</param>
internal sealed record ResidentInput(Guid ProcessId, string Title, string Summary, int Proposals, int Supports, int Comments, IReadOnlyList<ProposalInput> MostSupported, string? Outcome);

/// <param name="Status">A resource key, such as "aangenomen".</param>
internal sealed record ProposalInput(Guid Id, string Title, int Supports, string Status);

/// <summary>A module adds a section to a process page: a title, a line and a link (for example a budget to vote on).</summary>
internal interface IProcessLinks
{
    /// <param name="Text">A resource key (Dutch), translated on the page.</param>
    internal sealed record Link(string Title, string Text, string Href);

    Task<IReadOnlyList<Link>> LinksAsync(Guid processId, CancellationToken ct);

    /// <summary>The entity types the links are made from: the process page keeps them until one of these is saved (ADR 0040).</summary>
    IReadOnlyList<Type> ReadsFrom { get; }
}

/// <summary>A module that works inside a process phase (a budget votes in one) says so, so the phase is not removed under it.</summary>
internal interface IPhaseUsers
{
    /// <summary>What uses this phase, as a title and a link for staff; empty when nothing does.</summary>
    Task<IReadOnlyList<PhaseUser>> UsersOfAsync(Guid processId, Guid phaseId, CancellationToken ct);
}

internal sealed record PhaseUser(string Title, string Href);
