using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Council.Voting;
using Plein.Data;

namespace Plein.Council.People;

internal sealed record RecordLine(CouncilVote Vote, Meeting Meeting, VoteChoice? Choice, FractionOutcome? Fraction);

/// <summary>How a member voted over time, and how a fractie voted as a whole, in closed votes of public meetings and items.</summary>
internal sealed class VotingRecords(PleinDb db)
{
    public async Task<IReadOnlyList<RecordLine>> OfPersonAsync(Guid personId, CancellationToken ct) =>
        await (from c in db.Set<CastVote>().AsNoTracking()
               join v in db.Set<CouncilVote>().AsNoTracking() on c.VoteId equals v.Id
               join m in db.Set<Meeting>().AsNoTracking() on v.MeetingId equals m.Id
               join i in db.Set<AgendaItem>().AsNoTracking() on v.AgendaItemId equals i.Id
               where c.PersonId == personId && v.ClosedAt != null && !m.IsClosed && !i.IsClosed
               orderby v.OpenedAt descending
               select new RecordLine(v, m, c.Choice, null)).Take(100).ToListAsync(ct);

    /// <summary>The newest 50 public votes a member of the fractie cast, each with how the fractie voted as a whole on that day.</summary>
    public async Task<IReadOnlyList<RecordLine>> OfFractionAsync(Guid fractionId, CancellationToken ct)
    {
        var memberships = await db.Set<FractionMembership>().AsNoTracking().Where(f => f.FractionId == fractionId).ToListAsync(ct);
        var memberIds = memberships.Select(f => f.PersonId).Distinct().ToList();
        var votes = await (from v in db.Set<CouncilVote>().AsNoTracking()
                           join m in db.Set<Meeting>().AsNoTracking() on v.MeetingId equals m.Id
                           join i in db.Set<AgendaItem>().AsNoTracking() on v.AgendaItemId equals i.Id
                           where v.ClosedAt != null && !v.OnPersons && !m.IsClosed && !i.IsClosed
                               && db.Set<CastVote>().Any(c => c.VoteId == v.Id && memberIds.Contains(c.PersonId))
                           orderby v.OpenedAt descending
                           select new { Vote = v, Meeting = m }).Take(50).ToListAsync(ct);
        var voteIds = votes.Select(v => v.Vote.Id).ToList();
        var casts = await db.Set<CastVote>().AsNoTracking().Where(c => voteIds.Contains(c.VoteId) && memberIds.Contains(c.PersonId))
            .Select(c => new { c.VoteId, c.PersonId, c.Choice }).ToListAsync(ct);
        // A member counts for the fractie they sat in on the day of the meeting, as on the vote's own page.
        return [.. votes.Select(v => new RecordLine(v.Vote, v.Meeting, null, VotingRules.ForFraction([.. casts
            .Where(c => c.VoteId == v.Vote.Id && memberships.Any(f => f.PersonId == c.PersonId && f.ActiveOn(v.Meeting.Day)))
            .Select(c => c.Choice)])))];
    }
}
