using Plein.Challenges.Rules;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Agree;

internal enum EvaluationOutcome { Voortzetten, Verlengen, Beeindigen }

/// <summary>
/// What an accepted request becomes: the tasks, the results that show it works, the budget, the period and when the
/// challenger reports. Evaluated at the end: continue, extend (a new end date) or end, with the lessons learned.
/// </summary>
internal sealed class Agreement : ITenantOwned
{
    public const int MaxReportEveryMonths = 12;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ChallengeId { get; set; }
    public AgreementForm Form { get; set; }
    public List<string> Tasks { get; set; } = [];
    public List<string> Indicators { get; set; } = [];
    public decimal BudgetPerYear { get; set; }
    public DateOnly Starts { get; set; }
    public DateOnly Ends { get; set; }
    public int ReportEveryMonths { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public EvaluationOutcome? Outcome { get; set; }
    public string? Lessons { get; set; }
    /// <summary>What came of it, in a few lines for the public register.</summary>
    public string? ResultSummary { get; set; }
    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>The reporting moments: every so many months from the start, up to and including the end.</summary>
    public IEnumerable<DateOnly> ReportingMoments()
    {
        for (var at = Starts.AddMonths(ReportEveryMonths); at < Ends; at = at.AddMonths(ReportEveryMonths)) yield return at;
        yield return Ends;
    }

    /// <summary>The first moment without a report after it: what the challenger is asked for next.</summary>
    public DateOnly? NextReport(int reportsSent) => ReportingMoments().Skip(reportsSent).Cast<DateOnly?>().FirstOrDefault();
}

/// <summary>A progress report by the challenger: what was done, where the indicators stand, what it cost.</summary>
internal sealed class ProgressReport : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ChallengeId { get; set; }
    public string Period { get; set; } = "";
    public string Done { get; set; } = "";
    /// <summary>One line per indicator of the agreement, in its order.</summary>
    public List<string> IndicatorValues { get; set; } = [];
    public decimal? Spent { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}
