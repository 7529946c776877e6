using Plein.Platform.Accounts;
using static Plein.Platform.Accounts.PlatformPermissions;

namespace Plein.Challenges;

/// <summary>Who may do what with uitdaagrecht requests.</summary>
internal static class ChallengePermissions
{
    /// <summary>Handlers assess, ask, decide and set the rules: ambtenaren, and beheerders with their second factor.</summary>
    public static Verdict CanHandle(CurrentUser.Loaded me, Guid organisationId) => CanManageContent(me, organisationId);

    /// <summary>Anyone signed in may challenge; the conditions of the rules are checked in the request itself.</summary>
    public static bool CanRequest(CurrentUser.Loaded me) => me.User is not null;

    /// <summary>The challenger sees their own request and its timeline, never the internal assessment.</summary>
    public static bool IsChallenger(CurrentUser.Loaded me, Challenge challenge) => me.User?.Id == challenge.ChallengerId;
}
