using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Data;

namespace Plein.Council.Voting;

internal sealed record MemberVote(RosterMember Member, VoteChoice? Choice, bool Present);

internal sealed record FractionResult(Guid? FractionId, string Fraction, int Voor, int Tegen, int Onthouden, int Afwezig, FractionOutcome? Outcome);

internal sealed record VoteCounts(int Voor, int Tegen, int Onthouden, int Cast, bool Closed);

internal sealed record VoteRecord(CouncilVote Vote, Meeting Meeting, AgendaItem Item, IReadOnlyList<MemberVote> Members, IReadOnlyList<FractionResult> Fractions,
    VoteCounts Counts, IReadOnlyList<PaperCount> Paper);

/// <summary>A vote as the public sees it: every member's choice and the result per fractie, from the members on the day.</summary>
internal sealed class VoteRecords(PleinDb db, CouncilRoster roster)
{
    public async Task<VoteRecord?> LoadAsync(Guid voteId, CancellationToken ct)
    {
        if (await db.Set<CouncilVote>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == voteId, ct) is not { } vote) return null;
        var meeting = await db.Set<Meeting>().AsNoTracking().SingleAsync(m => m.Id == vote.MeetingId, ct);
        var item = await db.Set<AgendaItem>().AsNoTracking().SingleAsync(i => i.Id == vote.AgendaItemId, ct);
        var casts = await db.Set<CastVote>().AsNoTracking().Where(c => c.VoteId == voteId).ToDictionaryAsync(c => c.PersonId, c => c.Choice, ct);
        var until = vote.ClosedAt ?? DateTimeOffset.MaxValue;
        var attendance = await db.Set<Attendance>().AsNoTracking().Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);
        var present = attendance.Where(a => a.Since <= until && (a.Until is null || a.Until >= vote.OpenedAt)).Select(a => a.PersonId).ToHashSet();
        var members = (await roster.VotingMembersAsync(meeting.BodyId, meeting.Day, ct))
            .Select(m => new MemberVote(m, casts.TryGetValue(m.PersonId, out var c) ? c : null, present.Contains(m.PersonId))).ToList();
        var fractions = members.GroupBy(m => (m.Member.FractionId, m.Member.Fraction)).Select(g => new FractionResult(g.Key.FractionId, g.Key.Fraction,
                g.Count(m => m.Choice == VoteChoice.Voor), g.Count(m => m.Choice == VoteChoice.Tegen), g.Count(m => m.Choice == VoteChoice.Onthouden),
                g.Count(m => m.Choice is null), VotingRules.ForFraction([.. g.Where(m => m.Choice is not null).Select(m => m.Choice!.Value)])))
            .OrderByDescending(f => f.Voor + f.Tegen + f.Onthouden + f.Afwezig).ThenBy(f => f.Fraction).ToList();
        var paper = await db.Set<PaperCount>().AsNoTracking().Where(p => p.VoteId == voteId).OrderByDescending(p => p.Votes).ToListAsync(ct);
        return new(vote, meeting, item, members, fractions, Count(casts.Values, vote.ClosedAt is not null), paper);
    }

    /// <summary>Only the counts: what the live tally sends while members vote.</summary>
    public async Task<VoteCounts?> CountsAsync(Guid voteId, CancellationToken ct)
    {
        if (await db.Set<CouncilVote>().AsNoTracking().Where(v => v.Id == voteId).Select(v => new { v.ClosedAt }).FirstOrDefaultAsync(ct) is not { } vote) return null;
        var choices = await db.Set<CastVote>().AsNoTracking().Where(c => c.VoteId == voteId).Select(c => c.Choice).ToListAsync(ct);
        return Count(choices, vote.ClosedAt is not null);
    }

    private static VoteCounts Count(IEnumerable<VoteChoice> choices, bool closed)
    {
        var list = choices.ToList();
        return new(list.Count(c => c == VoteChoice.Voor), list.Count(c => c == VoteChoice.Tegen), list.Count(c => c == VoteChoice.Onthouden), list.Count, closed);
    }
}
