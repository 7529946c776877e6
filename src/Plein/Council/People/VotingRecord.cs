using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Council.Voting;
using Plein.Data;

namespace Plein.Council.People;

internal sealed record RecordLine(CouncilVote Vote, Meeting Meeting, VoteChoice? Choice, FractionOutcome? Fraction);

/// <summary>How a member voted over time, and how a fractie voted as a whole, in closed votes of public meetings and items.</summary>
internal sealed class VotingRecords(PleinDb db, VoteRecords records)
{
    public async Task<IReadOnlyList<RecordLine>> OfPersonAsync(Guid personId, CancellationToken ct) =>
        await (from c in db.Set<CastVote>().AsNoTracking()
               join v in db.Set<CouncilVote>().AsNoTracking() on c.VoteId equals v.Id
               join m in db.Set<Meeting>().AsNoTracking() on v.MeetingId equals m.Id
               join i in db.Set<AgendaItem>().AsNoTracking() on v.AgendaItemId equals i.Id
               where c.PersonId == personId && v.ClosedAt != null && !m.IsClosed && !i.IsClosed
               orderby v.OpenedAt descending
               select new RecordLine(v, m, c.Choice, null)).Take(100).ToListAsync(ct);

    public async Task<IReadOnlyList<RecordLine>> OfFractionAsync(Guid fractionId, CancellationToken ct)
    {
        var memberIds = await db.Set<FractionMembership>().AsNoTracking().Where(f => f.FractionId == fractionId).Select(f => f.PersonId).Distinct().ToListAsync(ct);
        var voteIds = await (from c in db.Set<CastVote>().AsNoTracking()
                             join v in db.Set<CouncilVote>().AsNoTracking() on c.VoteId equals v.Id
                             join m in db.Set<Meeting>().AsNoTracking() on v.MeetingId equals m.Id
                             join i in db.Set<AgendaItem>().AsNoTracking() on v.AgendaItemId equals i.Id
                             where memberIds.Contains(c.PersonId) && v.ClosedAt != null && !v.OnPersons && !m.IsClosed && !i.IsClosed
                             orderby v.OpenedAt descending
                             select v.Id).Distinct().Take(50).ToListAsync(ct);
        var lines = new List<RecordLine>();
        foreach (var id in voteIds)
            if (await records.LoadAsync(id, ct) is { } record && record.Fractions.FirstOrDefault(f => f.FractionId == fractionId) is { } result)
                lines.Add(new RecordLine(record.Vote, record.Meeting, null, result.Outcome));
        return [.. lines.OrderByDescending(l => l.Vote.OpenedAt)];
    }
}
