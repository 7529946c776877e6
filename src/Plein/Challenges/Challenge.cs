using Plein.Challenges.Rules;
using Plein.Platform.Tenancy;

namespace Plein.Challenges;

/// <summary>The steps of a request. Stored as text: in queries compare with ==, never with < or >.</summary>
internal enum ChallengeState
{
    Concept, Ingediend, Ontvankelijkheid, Kennismaking, Beoordeling, Advies, Besluit, Overeenkomst, Uitvoering, Evaluatie, Afgerond,
    Afgewezen, Ingetrokken,
}

internal enum LegalForm { Stichting, Vereniging, Cooperatie, Bewonersgroep }

/// <summary>
/// A request to take over a task (uitdaagrecht), from the challenger's concept to the decision. The decision deadline
/// runs from submission for the organisation's number of weeks, paused while the challenger is asked for more
/// information when the local rules say so. Steps only move the way <see cref="NextStep"/> allows.
/// </summary>
internal sealed class Challenge : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>"UR-2026-0007": given at submission, on the receipt and in every mail.</summary>
    public string? Reference { get; set; }
    public Guid ChallengerId { get; set; }
    public ChallengeState State { get; set; }

    public string GroupName { get; set; } = "";
    public LegalForm? LegalForm { get; set; }
    public string? KvkNumber { get; set; }
    /// <summary>The challenger declared the group has no profit motive: commercial parties cannot challenge.</summary>
    public bool NotForProfit { get; set; }
    public string Domain { get; set; } = "";
    public string Task { get; set; } = "";
    public string HowBetter { get; set; } = "";
    public string Involvement { get; set; } = "";
    public string? SupportEvidence { get; set; }
    /// <summary>The proposal in the participation support process where residents support this request online.</summary>
    public Guid? SupportProposalId { get; set; }
    public decimal? CostEstimate { get; set; }
    public decimal? CurrentCost { get; set; }
    public string? SupportWanted { get; set; }
    public string? Continuity { get; set; }
    public DateOnly? IntendedStart { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    /// <summary>The weeks that applied at submission; later changes of the rules do not move a running deadline.</summary>
    public int DecisionWeeks { get; set; }
    public bool InformationPausesDeadline { get; set; }
    public int PausedDays { get; set; }
    /// <summary>Set while the challenger is asked for more information.</summary>
    public DateOnly? InformationRequestedOn { get; set; }
    /// <summary>True when that request stopped the clock (the local rules say whether it does).</summary>
    public bool Paused { get; set; }
    /// <summary>Null while paused or once decided; kept in the row so overviews and reminders can query it.</summary>
    public DateOnly? DecisionDue { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public Guid? HandlerId { get; set; }

    public bool? Accepted { get; set; }
    public string? DecisionReasons { get; set; }
    public DateOnly? DecidedOn { get; set; }

    public static readonly ChallengeState[] Running =
        [ChallengeState.Ingediend, ChallengeState.Ontvankelijkheid, ChallengeState.Kennismaking, ChallengeState.Beoordeling, ChallengeState.Advies];

    public bool AwaitingDecision => Running.Contains(State);

    /// <summary>The step after this one while the request is being handled; null where a decision or nothing comes next.</summary>
    public ChallengeState? NextStep => State switch
    {
        ChallengeState.Ingediend => ChallengeState.Ontvankelijkheid,
        ChallengeState.Ontvankelijkheid => ChallengeState.Kennismaking,
        ChallengeState.Kennismaking => ChallengeState.Beoordeling,
        ChallengeState.Beoordeling => ChallengeState.Advies,
        _ => null,
    };

    public void Submit(ChallengeRules rules, string reference, DateOnly today, DateTimeOffset now)
    {
        if (State != ChallengeState.Concept) throw new InvalidOperationException("Only a concept can be submitted.");
        (State, Reference, SubmittedAt, SubmittedOn, UpdatedAt) = (ChallengeState.Ingediend, reference, now, today, now);
        (DecisionWeeks, InformationPausesDeadline, PausedDays) = (rules.DecisionWeeks, rules.InformationPausesDeadline, 0);
        DecisionDue = Deadline.Due(today, DecisionWeeks, 0);
    }

    public void MoveToNextStep(DateTimeOffset now)
    {
        State = NextStep ?? throw new InvalidOperationException($"No next step after {State}.");
        UpdatedAt = now;
    }

    public void RequestInformation(DateOnly today, DateTimeOffset now)
    {
        if (!AwaitingDecision || InformationRequestedOn is not null) throw new InvalidOperationException("Information can be asked once at a time, before the decision.");
        (InformationRequestedOn, Paused, UpdatedAt) = (today, InformationPausesDeadline, now);
        if (Paused) DecisionDue = null;
    }

    /// <summary>The challenger answered: a paused clock runs again, later by the days it stood still.</summary>
    public void ReceiveInformation(DateOnly today, DateTimeOffset now)
    {
        if (!AwaitingDecision || InformationRequestedOn is not { } asked) throw new InvalidOperationException("No information was asked.");
        var paused = Paused;
        if (paused) PausedDays += Deadline.PausedDays(asked, today);
        (InformationRequestedOn, Paused, UpdatedAt) = (null, false, now);
        DecisionDue = Deadline.Due(SubmittedOn!.Value, DecisionWeeks, PausedDays);
        // A later deadline earns its own reminder.
        if (paused) ReminderSentAt = null;
    }

    public void Decide(bool accepted, string reasons, DateOnly today, DateTimeOffset now)
    {
        if (!AwaitingDecision || State == ChallengeState.Ingediend) throw new InvalidOperationException("A decision follows the check of conditions.");
        (State, Accepted, DecisionReasons, DecidedOn, UpdatedAt) = (accepted ? ChallengeState.Besluit : ChallengeState.Afgewezen, accepted, reasons, today, now);
        (DecisionDue, InformationRequestedOn, Paused) = (null, null, false);
    }

    /// <summary>After a yes: the agreement, its execution, the evaluation; extending goes back to execution.</summary>
    public void Advance(ChallengeState to, DateTimeOffset now)
    {
        var allowed = (State, to) switch
        {
            (ChallengeState.Besluit, ChallengeState.Overeenkomst) => true,
            (ChallengeState.Overeenkomst, ChallengeState.Uitvoering) => true,
            (ChallengeState.Uitvoering, ChallengeState.Evaluatie) => true,
            (ChallengeState.Evaluatie, ChallengeState.Afgerond or ChallengeState.Uitvoering) => true,
            _ => false,
        };
        if (!allowed) throw new InvalidOperationException($"No step from {State} to {to}.");
        (State, UpdatedAt) = (to, now);
    }

    /// <summary>A submitted request can be withdrawn until the decision; a concept is simply deleted.</summary>
    public bool CanWithdraw => AwaitingDecision;

    public void Withdraw(DateTimeOffset now)
    {
        if (!CanWithdraw) throw new InvalidOperationException("Only a submitted request without a decision can be withdrawn.");
        (State, DecisionDue, InformationRequestedOn, Paused, UpdatedAt) = (ChallengeState.Ingetrokken, null, null, false, now);
    }
}

/// <summary>The legal clock: weeks from the day of submission, plus the days it stood still.</summary>
internal static class Deadline
{
    public static DateOnly Due(DateOnly submitted, int weeks, int pausedDays) => submitted.AddDays(weeks * 7 + pausedDays);

    /// <summary>From the day of asking to the day of answering: an answer on the same day costs nothing.</summary>
    public static int PausedDays(DateOnly asked, DateOnly answered) => Math.Max(0, answered.DayNumber - asked.DayNumber);
}

/// <summary>A line on the timeline the challenger and the handlers see. Internal assessments are never events.</summary>
internal sealed class ChallengeEvent : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ChallengeId { get; set; }
    public DateTimeOffset At { get; set; }
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid? ActorId { get; set; }
}

/// <summary>An attachment to a request: evidence of support, or an answer to a question of the organisation.</summary>
internal sealed class ChallengeAttachment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ChallengeId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>A handler's score (1-5) and note on one criterion; internal, never shown to the challenger.</summary>
internal sealed class ChallengeAssessment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ChallengeId { get; set; }
    public string Criterion { get; set; } = "";
    public int Score { get; set; }
    public string Note { get; set; } = "";
    public Guid AssessorId { get; set; }
    public DateTimeOffset At { get; set; }
}
