using System.Security.Claims;
using Plein.Platform.Accounts;
using Plein.Platform.Accounts.External;

namespace Plein.Platform.Verification;

/// <summary>How sure Plein is who someone is, lowest first (ARCHITECTURE.md). Each action that counts declares the level it needs.</summary>
public enum VerificationLevel
{
    Geen,
    Account,
    BevestigdEmail,
    PostcodeInGebied,
    Stemcode,
    DigidBasis,
    DigidMidden,
    DigidSubstantieel,
    DigidHoog,
}

internal static class VerificationLevels
{
    /// <summary>The level this session reaches for an organisation. Postcode and voting-code levels come with their modules.</summary>
    public static VerificationLevel Of(ClaimsPrincipal principal, CurrentUser.Loaded me)
    {
        if (me.User is null) return VerificationLevel.Geen;
        var digid = principal.FindFirstValue(ExternalLoginDoneModel.LevelClaim) switch
        {
            "basis" => VerificationLevel.DigidBasis,
            "midden" => VerificationLevel.DigidMidden,
            "substantieel" => VerificationLevel.DigidSubstantieel,
            "hoog" => VerificationLevel.DigidHoog,
            _ => VerificationLevel.Geen,
        };
        var email = me.User.EmailConfirmed ? VerificationLevel.BevestigdEmail : VerificationLevel.Account;
        return digid > email ? digid : email;
    }

    public static string Describe(VerificationLevel level) => level switch
    {
        VerificationLevel.Geen => "iedereen",
        VerificationLevel.Account => "een account",
        VerificationLevel.BevestigdEmail => "een bevestigd e-mailadres",
        VerificationLevel.PostcodeInGebied => "een postcode in het gebied",
        VerificationLevel.Stemcode => "een stemcode",
        VerificationLevel.DigidBasis => "DigiD (basis)",
        VerificationLevel.DigidMidden => "DigiD (midden)",
        VerificationLevel.DigidSubstantieel => "DigiD (substantieel)",
        _ => "DigiD (hoog)",
    };

    /// <summary>Levels an organisation can ask for.</summary>
    public static readonly VerificationLevel[] Selectable =
        [VerificationLevel.Account, VerificationLevel.BevestigdEmail, VerificationLevel.PostcodeInGebied, VerificationLevel.Stemcode, VerificationLevel.DigidBasis, VerificationLevel.DigidMidden, VerificationLevel.DigidSubstantieel, VerificationLevel.DigidHoog];
}
