using Plein.Platform.Tenancy;

namespace Plein.Participation;

public enum ProposalStatus { Open, Ingetrokken, InBehandeling, Aangenomen, Afgewezen }

/// <summary>A resident's proposal in a process. It can be edited until the first support, and withdrawn.</summary>
internal sealed class Proposal : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ProcessId { get; set; }
    public Guid AuthorId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Theme { get; set; }
    /// <summary>Where it is about, as typed ("hoek Assendorperstraat en Dijkstraat").</summary>
    public string? Address { get; set; }
    /// <summary>A point picked on the map (WGS84), when the writer had JavaScript.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>The neighbourhood (one of the organisation's census areas) it is about, for filtering.</summary>
    public Guid? AreaId { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Open;
    /// <summary>The organisation's official answer, with its status.</summary>
    public string? Answer { get; set; }
    /// <summary>Kept in step with Supports by a database trigger (ADR 0037), so the index can sort on it.</summary>
    public int SupportCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A picture or PDF that came with a proposal, in the order it was added.</summary>
internal sealed class ProposalAttachment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ProposalId { get; set; }
    public Guid FileId { get; set; }
    public int Position { get; set; }
}

/// <summary>
/// One person's support for one proposal. Unique per (proposal, person); under a support limit Slot numbers a
/// person's supports within a process, unique per (process, person, slot), so the database itself holds both rules
/// under any concurrency. Without a limit Slot is null: nothing to count, so the busiest write reads nothing extra.
/// </summary>
internal sealed class Support : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ProcessId { get; set; }
    public Guid ProposalId { get; set; }
    public Guid UserId { get; set; }
    public int? Slot { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
