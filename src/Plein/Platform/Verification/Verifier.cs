using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Verification.Census;

namespace Plein.Platform.Verification;

/// <summary>
/// The level this person reaches for an action in the current organisation, including "postcode in the area" when
/// the action is limited to a census area (or to any of the organisation's areas when none is named). Identity levels
/// are ordered (ARCHITECTURE.md), but a postcode in the area and a voting code say where someone lives or that they got
/// the letter, which DigiD does not prove: an action that asks for one of those two needs exactly that (ADR 0032).
/// </summary>
internal sealed class Verifier(PleinDb db, IHttpContextAccessor http)
{
    /// <summary>A page asks for support and comments alike; within a request the same question is answered once.</summary>
    private readonly Dictionary<(Guid?, Guid?, Guid?, VerificationLevel), VerificationLevel> answered = [];

    /// <param name="areaId">The census area the action is limited to; null: any of the organisation's.</param>
    /// <param name="codeScope">What voting codes must have been made for (a process) to count here.</param>
    /// <param name="needed">What the action asks; address lists and codes are only looked at when it asks for exactly that.</param>
    public async Task<VerificationLevel> LevelAsync(CurrentUser.Loaded me, Guid? areaId, Guid? codeScope, VerificationLevel needed, CancellationToken ct)
    {
        var level = VerificationLevels.Of(http.HttpContext!.User, me);
        if (me.User is null) return level;
        if (needed is VerificationLevel.PostcodeInGebied or VerificationLevel.Stemcode)
        {
            // A higher identity level passes "level >= needed" by itself, so without the address or code the level falls back to the account's.
            if (level > needed) level = me.User.EmailConfirmed ? VerificationLevel.BevestigdEmail : VerificationLevel.Account;
        }
        else if (level >= needed) return level;
        var question = (me.User.Id, areaId, codeScope, needed);
        if (answered.TryGetValue(question, out var known)) return known;
        return answered[question] = await LookUpAsync(me.User.Id, level, areaId, codeScope, needed, ct);
    }

    private async Task<VerificationLevel> LookUpAsync(Guid userId, VerificationLevel level, Guid? areaId, Guid? codeScope, VerificationLevel needed, CancellationToken ct)
    {
        if (needed == VerificationLevel.Stemcode)
            return codeScope is { } scope && await db.Set<VotingCodes.VotingCode>().AnyAsync(c => c.ScopeId == scope && c.RedeemedBy == userId && c.InvalidatedAt == null, ct)
                ? VerificationLevel.Stemcode : level;
        if (needed != VerificationLevel.PostcodeInGebied) return level;
        var home = await db.Set<AddressVerification>().AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (home is null) return level;
        var inArea = await db.Set<CensusAddress>().AnyAsync(a => a.Postcode == home.Postcode && a.HouseNumber == home.HouseNumber && (areaId == null || a.AreaId == areaId), ct);
        return inArea ? VerificationLevel.PostcodeInGebied : level;
    }

    /// <summary>The census areas this person's verified address lies in (for a wijk's budget: which wijk is theirs); empty without one.</summary>
    public async Task<IReadOnlyList<Guid>> AreasOfAsync(Guid userId, CancellationToken ct)
    {
        var home = await db.Set<AddressVerification>().AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (home is null) return [];
        return await db.Set<CensusAddress>().Where(a => a.Postcode == home.Postcode && a.HouseNumber == home.HouseNumber).Select(a => a.AreaId).Distinct().ToListAsync(ct);
    }
}
