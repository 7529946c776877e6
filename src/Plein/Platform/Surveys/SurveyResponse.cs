using Plein.Platform.Tenancy;

namespace Plein.Platform.Surveys;

/// <summary>
/// One filling-in of a survey, saved section by section so it can be resumed. Anonymous responses carry no account,
/// only the hash of a resume token that lives in the respondent's cookie and resume link.
/// </summary>
internal sealed class SurveyResponse : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid? UserId { get; set; }
    public string? ResumeTokenHash { get; set; }
    /// <summary>The furthest section reached, so the respondent can go back but not skip ahead.</summary>
    public int Reached { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>One answer value. A multiple-choice answer has a row per choice; a matrix answer a row per statement.</summary>
internal sealed class SurveyAnswer : ITenantOwned
{
    public long Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid ResponseId { get; set; }
    public string QuestionKey { get; set; } = "";
    /// <summary>The matrix statement index; 0 for other questions.</summary>
    public int Row { get; set; }
    /// <summary>A choice index, a number in invariant culture, or text.</summary>
    public string Value { get; set; } = "";
}

/// <summary>Someone with an account submitted an anonymous survey: one per person, without saying which response.</summary>
internal sealed class SurveyParticipant : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>
/// How many sent-in responses chose a column: one row per (question, matrix row, choice), kept up to date when a
/// response is sent in, so results of very large surveys are read, not counted (ADR 0019).
/// </summary>
internal sealed class SurveyTally : ITenantOwned
{
    public Guid OrganisationId { get; set; }
    public Guid SurveyId { get; set; }
    public string QuestionKey { get; set; } = "";
    public int Row { get; set; }
    public int Value { get; set; }
    public int Count { get; set; }
}
