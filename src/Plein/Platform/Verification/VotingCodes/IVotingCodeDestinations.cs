namespace Plein.Platform.Verification.VotingCodes;

/// <summary>
/// A module whose voting codes are used on its own page (a budget's ballot, a quick scan's letter) says so: the general
/// page then sends the holder there instead of taking the code for an account, which would spend it without a vote.
/// </summary>
internal interface IVotingCodeDestinations
{
    /// <summary>The local path where a code made for this scope is used; null when the scope is not this module's.</summary>
    Task<string?> PageForAsync(Guid scopeId, CancellationToken ct);
}
