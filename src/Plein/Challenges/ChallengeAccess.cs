using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Challenges;

/// <summary>Finds a request for its challenger or for a handler, or says why not (sign in, 403, 404).</summary>
internal sealed class ChallengeAccess(PleinDb db, CurrentUser me, ITenantContext tenant)
{
    /// <summary>The organisation's rules; the VNG example (not yet open) when it has none.</summary>
    public async Task<ChallengeRules> RulesAsync(CancellationToken ct) =>
        await db.Set<ChallengeRules>().AsNoTracking().FirstOrDefaultAsync(ct) ?? ChallengeRules.Example(DateTimeOffset.UtcNow);

    public async Task<(Challenge? Challenge, IActionResult? Stop)> ForChallengerAsync(PageModel page, Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return (null, page.Challenge());
        var challenge = await db.Set<Challenge>().FirstOrDefaultAsync(c => c.Id == id, ct);
        // Someone else's request does not exist for this person: 404, not 403, so ids cannot be probed.
        return challenge is not null && ChallengePermissions.IsChallenger(loaded, challenge) ? (challenge, null) : (null, page.NotFound());
    }

    public async Task<(Challenge? Challenge, IActionResult? Stop)> ForHandlerAsync(PageModel page, Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (page.Enforce(ChallengePermissions.CanHandle(loaded, tenant.RequiredOrganisation().Id)) is { } denied) return (null, denied);
        var challenge = await db.Set<Challenge>().FirstOrDefaultAsync(c => c.Id == id && c.SubmittedAt != null, ct);
        // A civil servant who challenges their own organisation follows the request as challenger, never as its handler.
        return challenge is not null && !ChallengePermissions.IsChallenger(loaded, challenge) ? (challenge, null) : (null, page.NotFound());
    }

    /// <summary>Saves a step; false when someone else changed the request in the meantime (nothing of this step is stored).</summary>
    public Task<bool> TrySaveAsync(CancellationToken ct) => db.TrySaveAsync(ct);

    public const string ChangedMeanwhile = "Iemand anders heeft deze aanvraag net gewijzigd. Bekijk hoe hij er nu voor staat en probeer het zo nodig opnieuw.";
}
