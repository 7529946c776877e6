using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Privacy;

namespace Plein.Platform.Verification;

/// <summary>A confirmed address goes after the term: people move, and the resident confirms again when it matters.</summary>
internal sealed class AddressVerificationRetention(PleinDb db) : IRetentionRule
{
    public const string RuleKey = "adresbevestigingen";
    public string Key => RuleKey;
    public string Title => "Bevestigde adressen (postcode en huisnummer)";
    public string Explanation => "Telt vanaf de bevestiging. Daarna wordt het adres gewist; wie daarna weer meedoet waar dat nodig is, bevestigt opnieuw.";
    public int DefaultMonths => 24;
    public int MinMonths => 1;
    public int MaxMonths => 60;

    public Task<int> PurgeAsync(Guid organisationId, DateTimeOffset cutoff, CancellationToken ct) =>
        db.National<Census.AddressVerification>().Where(v => v.OrganisationId == organisationId && v.VerifiedAt < cutoff).ExecuteDeleteAsync(ct);
}

/// <summary>
/// After the term a used voting code no longer says who used it. The ballot stays keyed by the code (ADR 0025), so it
/// still counts and the tally hashes do not change, but nobody can trace it to an account any more.
/// </summary>
internal sealed class VotingCodeRetention(PleinDb db) : IRetentionRule
{
    public const string RuleKey = "stemcodes";
    public string Key => RuleKey;
    public string Title => "Wie een stemcode gebruikte";
    public string Explanation => "Telt vanaf het gebruik van de code. Daarna blijft de stem tellen, maar is niet meer te zien welk account de code gebruikte.";
    public int DefaultMonths => 6;
    public int MinMonths => 1;
    public int MaxMonths => 60;

    public Task<int> PurgeAsync(Guid organisationId, DateTimeOffset cutoff, CancellationToken ct) =>
        db.National<VotingCodes.VotingCode>().Where(c => c.OrganisationId == organisationId && c.RedeemedBy != null && c.RedeemedAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedBy, (Guid?)null), ct);
}
