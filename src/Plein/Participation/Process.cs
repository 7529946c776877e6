using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation;

/// <summary>How much say residents get (participatieladder): informed, consulted, or deciding along.</summary>
public enum ParticipationLevel { Informeren, Raadplegen, Meebeslissen }

/// <summary>A participation process of one organisation, in phases with their own settings.</summary>
internal sealed class Process : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public ParticipationLevel Level { get; set; } = ParticipationLevel.Raadplegen;
    /// <summary>Free text for now ("hele gemeente", "wijk Assendorp"); postcode ranges come with the census list.</summary>
    public string Area { get; set; } = "";
    /// <summary>The census list that "postcode in het gebied" checks against; null: any of the organisation's lists.</summary>
    public Guid? CensusAreaId { get; set; }
    public bool Published { get; set; }
    /// <summary>"Wat is er met uw inbreng gedaan": filled in by staff when the process is done.</summary>
    public string? Outcome { get; set; }
    /// <summary>Against spam: accounts younger than this many days cannot propose, support or comment here.</summary>
    public int MinimumAccountAgeDays { get; set; }
    /// <summary>Set on the process Plein keeps for collecting support for other modules' requests ("uitdaagrecht").</summary>
    public string? CollectsSupportFor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Phase> Phases { get; set; } = [];

    /// <summary>The phase whose dates include <paramref name="today"/>; none before the first or after the last.</summary>
    public Phase? PhaseOn(DateOnly today) => Phases.OrderBy(p => p.Starts).LastOrDefault(p => p.Starts <= today && today <= p.Ends);
}

/// <summary>A stretch of the process with what residents may do in it (Decidim's step settings).</summary>
internal sealed class Phase
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateOnly Starts { get; set; }
    public DateOnly Ends { get; set; }
    public bool ProposalsOpen { get; set; }
    public bool SupportOpen { get; set; }
    public bool CommentsOpen { get; set; }
    /// <summary>How many proposals one person may support in the whole process; null is no limit.</summary>
    public int? SupportLimit { get; set; }
    public VerificationLevel ProposeLevel { get; set; } = VerificationLevel.BevestigdEmail;
    public VerificationLevel SupportLevel { get; set; } = VerificationLevel.BevestigdEmail;
    public VerificationLevel CommentLevel { get; set; } = VerificationLevel.BevestigdEmail;
}
