using Plein.Council.Meetings;

namespace Plein.Council.Voting;

/// <summary>The ODS FractieStemResultaat: the whole fractie voted voor, tegen, or it was divided.</summary>
internal enum FractionOutcome { Aangenomen, Verworpen, Verdeeld }

/// <summary>
/// The rules of the Gemeentewet and the Tijdelijke wet digitale beraadslaging en besluitvorming, as pure decisions.
/// Each returns null when allowed, or the reason in plain Dutch (a resource key).
/// </summary>
internal static class VotingRules
{
    /// <summary>Art. 20 Gemeentewet: more than half of the seats.</summary>
    public static bool HasQuorum(int present, int seats) => present * 2 > seats;

    public static int Quorum(int seats) => seats / 2 + 1;

    public static string? CanOpenMeeting(Meeting meeting, int present, int seats) =>
        meeting.Status == MeetingStatus.Geannuleerd ? "Deze vergadering is geannuleerd."
        : meeting.EndedAt is not null ? "Deze vergadering is al gesloten."
        : meeting.OpenedAt is not null ? "Deze vergadering is al geopend."
        : !HasQuorum(present, seats) ? "Er zijn niet genoeg leden aanwezig. De vergadering kan pas open als meer dan de helft van de leden er is."
        : null;

    public static string? CanOpenVote(Meeting meeting, AgendaItem item, VoteMethod method, bool onPersons, bool anotherOpen) =>
        !meeting.InSession ? "Open eerst de vergadering."
        : anotherOpen ? "Er loopt al een stemming. Sluit die eerst."
        : onPersons && method != VoteMethod.Schriftelijk ? "Over personen wordt niet digitaal of hoofdelijk gestemd, maar schriftelijk met briefjes. Leg daarna de uitslag vast."
        : !onPersons && method == VoteMethod.Schriftelijk ? "Schriftelijk stemmen is alleen voor stemmingen over personen."
        : method == VoteMethod.Digitaal && (meeting.IsClosed || item.IsClosed) ? "In een besloten vergadering of bij een besloten agendapunt wordt niet digitaal gestemd."
        : method == VoteMethod.Digitaal && !meeting.IsDigital ? "Digitaal stemmen kan alleen in een digitale vergadering. Stem hoofdelijk."
        : null;

    public static string? CanCast(CouncilVote vote, bool votingMember, bool present, bool alreadyCast, VoteChoice choice) =>
        !vote.IsOpen ? "De stemming is gesloten. U kunt niet meer stemmen."
        : vote.Method != VoteMethod.Digitaal ? "Bij deze stemming legt de griffier de stemmen vast."
        : !votingMember ? "U bent geen stemgerechtigd lid van dit orgaan."
        : !present ? "Meld u eerst aan als aanwezig."
        : alreadyCast ? "U heeft al gestemd. Een stem kan niet worden veranderd."
        : choice == VoteChoice.Afwezig ? "Kies voor, tegen of onthouden."
        : null;

    /// <summary>Art. 29/32 Gemeentewet: adopted with more voor than tegen among those who voted; equal means not adopted.</summary>
    public static VoteOutcome Outcome(int voor, int tegen) => voor > tegen ? VoteOutcome.Voor : tegen > voor ? VoteOutcome.Tegen : VoteOutcome.Gelijk;

    public static FractionOutcome? ForFraction(IReadOnlyCollection<VoteChoice> choices)
    {
        var cast = choices.Where(c => c is VoteChoice.Voor or VoteChoice.Tegen).ToList();
        if (cast.Count == 0) return null;
        return cast.All(c => c == VoteChoice.Voor) ? FractionOutcome.Aangenomen : cast.All(c => c == VoteChoice.Tegen) ? FractionOutcome.Verworpen : FractionOutcome.Verdeeld;
    }
}
