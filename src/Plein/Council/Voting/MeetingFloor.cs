using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Data;
using Plein.Platform.Audit;

namespace Plein.Council.Voting;

/// <summary>
/// What happens in the meeting room: presence, opening with quorum, votes opened, cast, recorded and closed. Each
/// method returns null, or why it was refused (a resource key). A vote's row is locked while a vote is cast or it is
/// closed, so a vote that arrives after closing is refused rather than counted.
/// </summary>
internal sealed class MeetingFloor(PleinDb db, CouncilRoster roster, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<Guid>> PresentAsync(Guid meetingId, CancellationToken ct) =>
        await db.Set<Attendance>().AsNoTracking().Where(a => a.MeetingId == meetingId && a.Until == null).Select(a => a.PersonId).ToListAsync(ct);

    public async Task<string?> SetPresenceAsync(Meeting meeting, Guid personId, bool present, CancellationToken ct)
    {
        if (meeting.EndedAt is not null || meeting.Status == MeetingStatus.Geannuleerd) return "Deze vergadering is voorbij. Aanwezigheid kan niet meer veranderen.";
        if (!(await roster.VotingMembersAsync(meeting.BodyId, meeting.Day, ct)).Any(m => m.PersonId == personId)) return "Deze persoon is geen lid van dit orgaan.";
        var row = await db.Set<Attendance>().FirstOrDefaultAsync(a => a.MeetingId == meeting.Id && a.PersonId == personId, ct);
        var now = clock.GetUtcNow();
        if (row is null && present) db.Add(new Attendance { Id = Guid.NewGuid(), MeetingId = meeting.Id, PersonId = personId, Since = now });
        else if (row is not null) row.Until = present ? null : now;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }  // registered twice at once: the other registration stands
        return null;
    }

    public async Task<string?> OpenMeetingAsync(Meeting meeting, CancellationToken ct)
    {
        var members = await roster.VotingMembersAsync(meeting.BodyId, meeting.Day, ct);
        var present = (await PresentAsync(meeting.Id, ct)).Count(p => members.Any(m => m.PersonId == p));
        if (VotingRules.CanOpenMeeting(meeting, present, await roster.SeatsAsync(meeting.BodyId, ct)) is { } refused) return refused;
        var tracked = await db.Set<Meeting>().SingleAsync(m => m.Id == meeting.Id, ct);
        tracked.OpenedAt = tracked.UpdatedAt = clock.GetUtcNow();
        audit.Record(meeting.OrganisationId, "raad.vergadering-geopend", meeting.Name, $"{present} leden aanwezig");
        return await db.TrySaveAsync(ct) ? null : "De vergadering is net door iemand anders gewijzigd. Probeer het opnieuw.";
    }

    public async Task<string?> EndMeetingAsync(Meeting meeting, CancellationToken ct)
    {
        if (!meeting.InSession) return "Deze vergadering is niet geopend.";
        if (await db.Set<CouncilVote>().AnyAsync(v => v.MeetingId == meeting.Id && v.ClosedAt == null, ct)) return "Er loopt nog een stemming. Sluit die eerst.";
        var tracked = await db.Set<Meeting>().SingleAsync(m => m.Id == meeting.Id, ct);
        tracked.EndedAt = tracked.UpdatedAt = clock.GetUtcNow();
        tracked.Status = MeetingStatus.Gehouden;
        audit.Record(meeting.OrganisationId, "raad.vergadering-gesloten", meeting.Name);
        return await db.TrySaveAsync(ct) ? null : "De vergadering is net door iemand anders gewijzigd. Probeer het opnieuw.";
    }

    public async Task<(Guid? VoteId, string? Error)> OpenVoteAsync(Meeting meeting, AgendaItem item, CouncilDocument? document, VoteMethod method, bool onPersons, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Takes the meeting's row first, so two chairs' clicks at once cannot both open a vote.
        await db.Set<Meeting>().Where(m => m.Id == meeting.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.UpdatedAt, m => m.UpdatedAt), ct);
        var anotherOpen = await db.Set<CouncilVote>().AnyAsync(v => v.MeetingId == meeting.Id && v.ClosedAt == null, ct);
        if (VotingRules.CanOpenVote(meeting, item, method, onPersons, anotherOpen) is { } refused) return (null, refused);
        var vote = new CouncilVote
        {
            Id = Guid.NewGuid(), MeetingId = meeting.Id, AgendaItemId = item.Id, DocumentId = document?.Id, Method = method, OnPersons = onPersons,
            Subject = document is null ? $"{item.Label} {item.Title}".Trim() : document.Title, OpenedAt = clock.GetUtcNow(),
        };
        db.Add(vote);
        audit.Record(meeting.OrganisationId, "raad.stemming-geopend", vote.Subject, method.ToString().ToLowerInvariant());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (vote.Id, null);
    }

    public async Task<string?> CastAsync(CouncilVote vote, Meeting meeting, Guid personId, VoteChoice choice, Guid recordedBy, CancellationToken ct)
    {
        var member = (await roster.VotingMembersAsync(meeting.BodyId, meeting.Day, ct)).Any(m => m.PersonId == personId);
        var present = (await PresentAsync(meeting.Id, ct)).Contains(personId);
        var already = await db.Set<CastVote>().AnyAsync(c => c.VoteId == vote.Id && c.PersonId == personId, ct);
        if (VotingRules.CanCast(vote, member, present, already, choice) is { } refused) return refused;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await LockOpenAsync(vote.Id, ct)) return "De stemming is gesloten. U kunt niet meer stemmen.";
        db.Add(new CastVote { Id = Guid.NewGuid(), VoteId = vote.Id, PersonId = personId, Choice = choice, CastAt = clock.GetUtcNow(), RecordedBy = recordedBy });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return "U heeft al gestemd. Een stem kan niet worden veranderd.";
        }
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>The griffier records a roll call (hoofdelijke stemming): every present member's answer, then the vote closes.</summary>
    public async Task<string?> RecordRollCallAsync(CouncilVote vote, Meeting meeting, IReadOnlyDictionary<Guid, VoteChoice> choices, Guid recordedBy, CancellationToken ct)
    {
        if (vote.Method != VoteMethod.Hoofdelijk) return "Bij deze stemming stemmen de leden zelf of op papier.";
        if (!vote.IsOpen) return "De stemming is gesloten. U kunt niet meer stemmen.";
        var present = await PresentAsync(meeting.Id, ct);
        var members = (await roster.VotingMembersAsync(meeting.BodyId, meeting.Day, ct)).Select(m => m.PersonId).Where(present.Contains).ToHashSet();
        if (choices.Keys.Any(k => !members.Contains(k))) return "Alleen aanwezige leden kunnen stemmen.";
        if (members.Any(m => !choices.ContainsKey(m))) return "Vul voor elk aanwezig lid in hoe het stemde.";
        if (choices.Values.Any(c => c == VoteChoice.Afwezig)) return "Kies voor, tegen of onthouden.";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await LockOpenAsync(vote.Id, ct)) return "De stemming is gesloten. U kunt niet meer stemmen.";
        var now = clock.GetUtcNow();
        db.AddRange(choices.Select(c => new CastVote { Id = Guid.NewGuid(), VoteId = vote.Id, PersonId = c.Key, Choice = c.Value, CastAt = now, RecordedBy = recordedBy }));
        await db.SaveChangesAsync(ct);
        await CloseLockedAsync(vote, meeting, ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>The result of a paper vote on persons: the votes per candidate and what was decided.</summary>
    public async Task<string?> RecordPaperAsync(CouncilVote vote, Meeting meeting, IReadOnlyList<(string Candidate, int Votes)> counts, string result, CancellationToken ct)
    {
        if (vote.Method != VoteMethod.Schriftelijk) return "Alleen bij een schriftelijke stemming legt u stemmen per kandidaat vast.";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await LockOpenAsync(vote.Id, ct)) return "De stemming is gesloten. U kunt niet meer stemmen.";
        db.AddRange(counts.Select(c => new PaperCount { Id = Guid.NewGuid(), VoteId = vote.Id, Candidate = c.Candidate, Votes = c.Votes }));
        await db.Set<CouncilVote>().Where(v => v.Id == vote.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.PaperResult, result).SetProperty(v => v.ClosedAt, clock.GetUtcNow()), ct);
        audit.Record(meeting.OrganisationId, "raad.stemming-gesloten", vote.Subject, result);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    public async Task<string?> CloseVoteAsync(CouncilVote vote, Meeting meeting, CancellationToken ct)
    {
        if (vote.Method == VoteMethod.Schriftelijk) return "Leg de uitslag van de schriftelijke stemming vast; daarmee sluit de stemming.";
        if (vote.Method == VoteMethod.Hoofdelijk) return "Leg de stemmen van de hoofdelijke stemming vast; daarmee sluit de stemming.";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await LockOpenAsync(vote.Id, ct)) return "De stemming is al gesloten.";
        await CloseLockedAsync(vote, meeting, ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>Takes the vote's row lock if it is still open; casts and the close queue behind it.</summary>
    private async Task<bool> LockOpenAsync(Guid voteId, CancellationToken ct) =>
        await db.Set<CouncilVote>().Where(v => v.Id == voteId && v.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ConcurrencyStamp, v => v.ConcurrencyStamp + 1), ct) == 1;

    private async Task CloseLockedAsync(CouncilVote vote, Meeting meeting, CancellationToken ct)
    {
        var choices = await db.Set<CastVote>().Where(c => c.VoteId == vote.Id).Select(c => c.Choice).ToListAsync(ct);
        int voor = choices.Count(c => c == VoteChoice.Voor), tegen = choices.Count(c => c == VoteChoice.Tegen);
        var outcome = VotingRules.Outcome(voor, tegen);
        await db.Set<CouncilVote>().Where(v => v.Id == vote.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.ClosedAt, clock.GetUtcNow()).SetProperty(v => v.Outcome, outcome), ct);
        if (vote.DocumentId is { } documentId)
        {
            // Art. 32 Gemeentewet: with the votes tied, the decision is held over rather than rejected.
            var status = outcome switch { VoteOutcome.Voor => MotionStatus.Aangenomen, VoteOutcome.Tegen => MotionStatus.Verworpen, _ => MotionStatus.Aangehouden };
            await db.Set<CouncilDocument>().Where(d => d.Id == documentId && d.Status == MotionStatus.Ingediend).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, status), ct);
        }
        audit.Record(meeting.OrganisationId, "raad.stemming-gesloten", vote.Subject, $"{voor} voor, {tegen} tegen: {Describe(outcome)}");
        await db.SaveChangesAsync(ct);
    }

    public static string Describe(VoteOutcome outcome) => outcome switch
    {
        VoteOutcome.Voor => "aangenomen",
        VoteOutcome.Tegen => "verworpen",
        _ => "staken van stemmen (niet aangenomen)",
    };
}
