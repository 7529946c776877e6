using Plein.Platform.Accounts;
using Plein.Platform.Verification;

namespace Plein.Platform.Surveys;

internal static class SurveyPermissions
{
    public static PlatformPermissions.Verdict CanManage(CurrentUser.Loaded me, Guid organisationId) =>
        PlatformPermissions.CanManageContent(me, organisationId);

    /// <summary>null when the person may answer; otherwise the reason in Dutch.</summary>
    public static string? CanAnswer(Survey survey, DateOnly today, VerificationLevel level, bool alreadySubmitted)
    {
        if (!survey.Published) return "Deze vragenlijst is nog niet gepubliceerd.";
        if (survey.Opens is { } opens && today < opens) return "Deze vragenlijst is nog niet open.";
        if (survey.Closes is { } closes && today > closes) return "Deze vragenlijst is gesloten.";
        if (alreadySubmitted) return "U heeft deze vragenlijst al ingevuld. Bedankt!";
        return level >= survey.AnswerLevel ? null : "Hiervoor moet u inloggen.";
    }
}
