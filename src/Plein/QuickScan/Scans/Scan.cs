using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Scans;

/// <summary>The five steps of a scan. Stored as text: in queries compare with ==, never with < or > (they would compare names).</summary>
internal enum ScanState { Aangemeld, Gestart, Open, Gesloten, Afgerond }

/// <summary>
/// One organisation's quick scan: registered (with the processing agreement accepted), prepared in a start conversation,
/// answered by the four groups through one anonymous survey, closed, discussed, and turned into a verbeteragenda.
/// </summary>
internal sealed class Scan : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid VersionId { get; set; }
    public ScanState State { get; set; }
    /// <summary>Who accepted the processing agreement (verwerkersovereenkomst) at registration, and when.</summary>
    public Guid AgreementAcceptedBy { get; set; }
    public DateTimeOffset AgreementAcceptedAt { get; set; }
    public DateOnly? Starts { get; set; }
    public DateOnly? Ends { get; set; }
    public List<RespondentGroup> TargetGroups { get; set; } = [.. Groups.All];
    /// <summary>Usually the griffier.</summary>
    public string Trekker { get; set; } = "";
    public string SteeringGroup { get; set; } = "";
    public string ProcessGuide { get; set; } = "";
    /// <summary>Up to four questions of the organisation's own, asked after the national themes.</summary>
    public List<CustomQuestion> CustomQuestions { get; set; } = [];
    /// <summary>
    /// E-mail addresses of the staff groups (council, college, civil servants) for the invitation and one reminder;
    /// never residents. Cleared when the questionnaire closes.
    /// </summary>
    public Dictionary<RespondentGroup, List<string>> InviteAddresses { get; set; } = [];
    public DateTimeOffset? ReminderSentAt { get; set; }
    public Guid? SurveyId { get; set; }
    /// <summary>Notes of the agenderingsgesprek, where the first priorities are set.</summary>
    public string AgendaNotes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>When the verbeteragenda was sent to the programme.</summary>
    public DateTimeOffset? SharedAt { get; set; }

    public const int MaxCustomQuestions = 4;
}

internal sealed class CustomQuestion
{
    public string Text { get; set; } = "";
    /// <summary>True: an agree/disagree statement; false: an open question.</summary>
    public bool Scale { get; set; }
}

/// <summary>One line of the verbeteragenda: a priority with an action, an owner and a date.</summary>
internal sealed class AgendaItem : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ScanId { get; set; }
    public string ThemeKey { get; set; } = "";
    public int Priority { get; set; }
    public string Action { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly Due { get; set; }
}
