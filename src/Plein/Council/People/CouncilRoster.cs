using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Council.People;

/// <summary>A member as a vote or an attendance list shows them: with the fractie they sat in on the day.</summary>
internal sealed record RosterMember(Guid PersonId, string Name, Guid? UserId, Guid? FractionId, string Fraction);

/// <summary>Who sat where on a given day: the voting members of a body, its chair, and the person behind an account.</summary>
internal sealed class CouncilRoster(PleinDb db)
{
    public async Task<IReadOnlyList<RosterMember>> VotingMembersAsync(Guid bodyId, DateOnly day, CancellationToken ct)
    {
        var seats = await db.Set<BodyMembership>().AsNoTracking().Where(m => m.BodyId == bodyId).ToListAsync(ct);
        var ids = seats.Where(s => s.VotesOn(day)).Select(s => s.PersonId).Distinct().ToList();
        var people = await db.Set<CouncilPerson>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var fractions = await FractionsOnAsync(ids, day, ct);
        return [.. people.Select(p => fractions.TryGetValue(p.Id, out var f)
                ? new RosterMember(p.Id, p.Name, p.UserId, f.Id, f.Name)
                : new RosterMember(p.Id, p.Name, p.UserId, null, ""))
            .OrderBy(m => m.Fraction).ThenBy(m => m.Name)];
    }

    /// <summary>Each person's fractie on the day, for a list of people.</summary>
    public async Task<Dictionary<Guid, Fraction>> FractionsOnAsync(IReadOnlyCollection<Guid> personIds, DateOnly day, CancellationToken ct)
    {
        var memberships = await db.Set<FractionMembership>().AsNoTracking().Where(m => personIds.Contains(m.PersonId)).ToListAsync(ct);
        var current = memberships.Where(m => m.ActiveOn(day)).GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.First().FractionId);
        var fractionIds = current.Values.Distinct().ToList();
        var fractions = await db.Set<Fraction>().AsNoTracking().Where(f => fractionIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return current.ToDictionary(c => c.Key, c => fractions[c.Value]);
    }

    public async Task<IReadOnlyList<Guid>> ChairUserIdsAsync(Guid bodyId, DateOnly day, CancellationToken ct)
    {
        var chairs = (await db.Set<BodyMembership>().AsNoTracking().Where(m => m.BodyId == bodyId && m.IsChair).ToListAsync(ct))
            .Where(m => m.Starts <= day && (m.Ends is null || m.Ends >= day)).Select(m => m.PersonId).ToList();
        return await db.Set<CouncilPerson>().AsNoTracking().Where(p => chairs.Contains(p.Id) && p.UserId != null).Select(p => p.UserId!.Value).ToListAsync(ct);
    }

    public Task<CouncilPerson?> PersonOfAsync(Guid? userId, CancellationToken ct) =>
        userId is null ? Task.FromResult<CouncilPerson?>(null) : db.Set<CouncilPerson>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);

    public Task<int> SeatsAsync(Guid bodyId, CancellationToken ct) => db.Set<CouncilBody>().Where(b => b.Id == bodyId).Select(b => b.Seats).FirstAsync(ct);
}
