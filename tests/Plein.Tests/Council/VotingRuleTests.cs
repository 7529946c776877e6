using Plein.Council.Meetings;
using Plein.Council.Voting;

namespace Plein.Tests.Council;

/// <summary>The law's conditions as tables of cases: quorum, when a vote may open digitally, who may cast, the outcome.</summary>
public sealed class VotingRuleTests
{
    [Theory]
    [InlineData(14, 29, false)]
    [InlineData(15, 29, true)]
    [InlineData(0, 0, false)]
    [InlineData(2, 4, false)]
    [InlineData(3, 4, true)]
    [InlineData(19, 37, true)]
    [InlineData(18, 37, false)]
    public void QuorumIsMoreThanHalfOfTheSeats(int present, int seats, bool quorum) => Assert.Equal(quorum, VotingRules.HasQuorum(present, seats));

    [Theory]
    [InlineData("Gepland", false, false, 15, null)]
    [InlineData("Gepland", false, false, 14, "Er zijn niet genoeg leden aanwezig. De vergadering kan pas open als meer dan de helft van de leden er is.")]
    [InlineData("Geannuleerd", false, false, 29, "Deze vergadering is geannuleerd.")]
    [InlineData("Gepland", true, false, 29, "Deze vergadering is al geopend.")]
    [InlineData("Gehouden", true, true, 29, "Deze vergadering is al gesloten.")]
    public void AMeetingOpensOnlyOnceAndWithQuorum(string status, bool opened, bool ended, int present, string? refusal)
    {
        var meeting = new Meeting { Status = Enum.Parse<MeetingStatus>(status), OpenedAt = opened ? DateTimeOffset.UtcNow : null, EndedAt = ended ? DateTimeOffset.UtcNow : null };
        Assert.Equal(refusal, VotingRules.CanOpenMeeting(meeting, present, 29));
    }

    public static TheoryData<bool, bool, bool, bool, string, bool, bool, string?> VoteCases => new()
    {
        // in session, digital meeting, closed meeting, closed item, method, on persons, another open → refusal
        { true, true, false, false, "Digitaal", false, false, null },
        { false, true, false, false, "Digitaal", false, false, "Open eerst de vergadering." },
        { true, true, false, false, "Digitaal", false, true, "Er loopt al een stemming. Sluit die eerst." },
        { true, false, true, false, "Digitaal", false, false, "In een besloten vergadering of bij een besloten agendapunt wordt niet digitaal gestemd." },
        { true, true, false, true, "Digitaal", false, false, "In een besloten vergadering of bij een besloten agendapunt wordt niet digitaal gestemd." },
        { true, true, false, false, "Digitaal", true, false, "Over personen wordt niet digitaal of hoofdelijk gestemd, maar schriftelijk met briefjes. Leg daarna de uitslag vast." },
        { true, true, false, false, "Hoofdelijk", true, false, "Over personen wordt niet digitaal of hoofdelijk gestemd, maar schriftelijk met briefjes. Leg daarna de uitslag vast." },
        { true, true, false, false, "Schriftelijk", true, false, null },
        { true, false, true, false, "Schriftelijk", true, false, null },
        { true, true, false, false, "Schriftelijk", false, false, "Schriftelijk stemmen is alleen voor stemmingen over personen." },
        { true, false, false, false, "Digitaal", false, false, "Digitaal stemmen kan alleen in een digitale vergadering. Stem hoofdelijk." },
        { true, false, true, false, "Hoofdelijk", false, false, null },
    };

    [Theory, MemberData(nameof(VoteCases))]
    public void AVoteOpensOnlyInAWayTheLawAllows(bool inSession, bool digital, bool closedMeeting, bool closedItem, string method, bool onPersons, bool anotherOpen, string? refusal)
    {
        var meeting = new Meeting { OpenedAt = inSession ? DateTimeOffset.UtcNow : null, IsDigital = digital, IsClosed = closedMeeting };
        Assert.Equal(refusal, VotingRules.CanOpenVote(meeting, new AgendaItem { IsClosed = closedItem }, Enum.Parse<VoteMethod>(method), onPersons, anotherOpen));
    }

    [Theory]
    [InlineData(true, "Digitaal", true, true, false, "Voor", null)]
    [InlineData(true, "Digitaal", true, true, false, "Onthouden", null)]
    [InlineData(true, "Digitaal", true, true, true, "Voor", "U heeft al gestemd. Een stem kan niet worden veranderd.")]
    [InlineData(false, "Digitaal", true, true, false, "Voor", "De stemming is gesloten. U kunt niet meer stemmen.")]
    [InlineData(true, "Digitaal", false, true, false, "Voor", "U bent geen stemgerechtigd lid van dit orgaan.")]
    [InlineData(true, "Digitaal", true, false, false, "Voor", "Meld u eerst aan als aanwezig.")]
    [InlineData(true, "Hoofdelijk", true, true, false, "Voor", "Bij deze stemming legt de griffier de stemmen vast.")]
    [InlineData(true, "Digitaal", true, true, false, "Afwezig", "Kies voor, tegen of onthouden.")]
    public void OnlyAPresentMemberVotesOnceWhileTheVoteIsOpen(bool open, string method, bool member, bool present, bool already, string choice, string? refusal)
    {
        var vote = new CouncilVote { Method = Enum.Parse<VoteMethod>(method), ClosedAt = open ? null : DateTimeOffset.UtcNow };
        Assert.Equal(refusal, VotingRules.CanCast(vote, member, present, already, Enum.Parse<VoteChoice>(choice)));
    }

    [Theory]
    [InlineData(15, 14, "Voor")]
    [InlineData(14, 15, "Tegen")]
    [InlineData(14, 14, "Gelijk")]
    [InlineData(0, 0, "Gelijk")]
    public void MoreVoorThanTegenAdopts(int voor, int tegen, string outcome) => Assert.Equal(outcome, VotingRules.Outcome(voor, tegen).ToString());

    [Theory]
    [InlineData("Voor,Voor", "Aangenomen")]
    [InlineData("Tegen,Tegen,Onthouden", "Verworpen")]
    [InlineData("Voor,Tegen", "Verdeeld")]
    [InlineData("Onthouden", null)]
    public void AFractionVotesAsOneOrIsDivided(string choices, string? outcome) =>
        Assert.Equal(outcome, VotingRules.ForFraction([.. choices.Split(',').Select(Enum.Parse<VoteChoice>)])?.ToString());

    [Theory]
    [InlineData("J. de Vries: 17\nA. Bakker: 12", 2)]
    [InlineData("J. de Vries 17", null)]
    [InlineData("J. de Vries: -1", null)]
    [InlineData("J. de Vries: 17\nj. de vries: 2", null)]
    [InlineData("", null)]
    public void PaperCountsAreReadPerLine(string text, int? candidates) => Assert.Equal(candidates, PaperCounts.Parse(text)?.Count);
}
