using Plein.Platform.Accounts;
using Plein.Platform.Verification;

namespace Plein.Participation;

/// <summary>One predicate per action: role, verification level and the phase's settings together (Decidim's permissions).</summary>
internal static class ParticipationPermissions
{
    internal sealed record Decision(bool Allowed, string? Reason, VerificationLevel? NeedsLevel = null)
    {
        public static readonly Decision Yes = new(true, null);
        public static Decision No(string reason) => new(false, reason);
    }

    /// <summary>Staff who run processes: ambtenaren, and beheerders who logged in with their second factor.</summary>
    public static bool CanManage(CurrentUser.Loaded me, Guid organisationId) => Manage(me, organisationId) == PlatformPermissions.Verdict.Allowed;

    /// <summary>As <see cref="CanManage"/>, saying whether a beheerder only lacks the second factor in this session.</summary>
    public static PlatformPermissions.Verdict Manage(CurrentUser.Loaded me, Guid organisationId) => PlatformPermissions.CanManageContent(me, organisationId);

    public static Decision CanPropose(Process process, Phase? phase, VerificationLevel level)
    {
        if (!process.Published) return Decision.No("Dit proces is nog niet gepubliceerd.");
        if (phase is not { ProposalsOpen: true }) return Decision.No("In deze fase kunt u geen voorstellen doen.");
        return level >= phase.ProposeLevel ? Decision.Yes : new Decision(false, "Hiervoor moet u inloggen met {0}.", phase.ProposeLevel);
    }

    public static Decision CanSupport(Process process, Phase? phase, Proposal proposal, VerificationLevel level, int supportsUsed)
    {
        if (!process.Published) return Decision.No("Dit proces is nog niet gepubliceerd.");
        if (phase is not { SupportOpen: true }) return Decision.No("In deze fase kunt u voorstellen niet steunen.");
        if (proposal.Status != ProposalStatus.Open) return Decision.No("Dit voorstel kunt u niet meer steunen.");
        if (level < phase.SupportLevel) return new Decision(false, "Hiervoor moet u inloggen met {0}.", phase.SupportLevel);
        if (phase.SupportLimit is { } limit && supportsUsed >= limit) return Decision.No("U heeft al het hoogste aantal voorstellen gesteund.");
        return Decision.Yes;
    }

    /// <summary>Refuses accounts younger than the process allows (a spam defence); null when old enough.</summary>
    public static Decision? TooNew(Process process, PleinUser? user, DateTimeOffset now) =>
        process.MinimumAccountAgeDays > 0 && user is not null && user.CreatedAt > now.AddDays(-process.MinimumAccountAgeDays)
            ? Decision.No("Nieuwe accounts kunnen hier pas na een paar dagen meedoen. Dat helpt tegen spam.")
            : null;

    public static Decision CanComment(Process process, Phase? phase, VerificationLevel level)
    {
        if (!process.Published) return Decision.No("Dit proces is nog niet gepubliceerd.");
        if (phase is not { CommentsOpen: true }) return Decision.No("In deze fase kunt u niet reageren.");
        return level >= phase.CommentLevel ? Decision.Yes : new Decision(false, "Hiervoor moet u inloggen met {0}.", phase.CommentLevel);
    }

    /// <summary>Moderators, ambtenaren and beheerders (with their second factor) keep the conversation civil.</summary>
    public static bool CanModerate(CurrentUser.Loaded me, Guid organisationId) =>
        CanManage(me, organisationId) || me.Memberships.Any(m => m.OrganisationId == organisationId && m.Role == Role.Moderator);

    public static bool CanEdit(Proposal proposal, Guid? userId) =>
        userId == proposal.AuthorId && proposal.Status == ProposalStatus.Open && proposal.SupportCount == 0;

    public static bool CanWithdraw(Proposal proposal, Guid? userId) =>
        userId == proposal.AuthorId && proposal.Status is ProposalStatus.Open or ProposalStatus.InBehandeling;
}
