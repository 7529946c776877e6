using Plein.Participation;
using Plein.Platform.Verification;

namespace Plein.Tests.Participation;

public sealed class ParticipationPermissionsTests
{
    private static Process Published(bool published = true) => new() { Published = published };

    private static Phase Open(bool proposals = true, bool support = true, int? limit = null, VerificationLevel level = VerificationLevel.BevestigdEmail) =>
        new() { ProposalsOpen = proposals, SupportOpen = support, SupportLimit = limit, ProposeLevel = level, SupportLevel = level };

    [Theory]
    [InlineData(true, true, VerificationLevel.BevestigdEmail, VerificationLevel.BevestigdEmail, true)]
    [InlineData(true, true, VerificationLevel.DigidMidden, VerificationLevel.DigidSubstantieel, true)]
    [InlineData(true, true, VerificationLevel.BevestigdEmail, VerificationLevel.Account, false)]
    [InlineData(true, true, VerificationLevel.DigidMidden, VerificationLevel.DigidBasis, false)]
    [InlineData(true, false, VerificationLevel.DigidHoog, VerificationLevel.Account, false)]
    [InlineData(false, true, VerificationLevel.DigidHoog, VerificationLevel.Account, false)]
    public void ProposingNeedsAPublishedProcessAnOpenPhaseAndTheLevel(bool published, bool phaseOpen, VerificationLevel needed, VerificationLevel have, bool allowed)
    {
        var decision = ParticipationPermissions.CanPropose(Published(published), Open(proposals: phaseOpen, level: needed), have);
        Assert.Equal(allowed, decision.Allowed);
        if (!allowed) Assert.False(string.IsNullOrEmpty(decision.Reason));
        if (published && phaseOpen && !allowed) Assert.Equal(needed, decision.NeedsLevel);
    }

    [Fact]
    public void NoPhaseMeansNoProposals() =>
        Assert.False(ParticipationPermissions.CanPropose(Published(), null, VerificationLevel.DigidHoog).Allowed);

    [Theory]
    [InlineData(ProposalStatus.Open, true, null, 0, true)]
    [InlineData(ProposalStatus.Open, true, 3, 2, true)]
    [InlineData(ProposalStatus.Open, true, 3, 3, false)]
    [InlineData(ProposalStatus.Open, false, null, 0, false)]
    [InlineData(ProposalStatus.Ingetrokken, true, null, 0, false)]
    [InlineData(ProposalStatus.Afgewezen, true, null, 0, false)]
    public void SupportNeedsAnOpenPhaseAnOpenProposalAndRoomUnderTheLimit(ProposalStatus status, bool supportOpen, int? limit, int used, bool allowed)
    {
        var decision = ParticipationPermissions.CanSupport(Published(), Open(support: supportOpen, limit: limit), new Proposal { Status = status }, VerificationLevel.BevestigdEmail, used);
        Assert.Equal(allowed, decision.Allowed);
    }

    [Fact]
    public void OnlyTheAuthorEditsAndOnlyBeforeTheFirstSupport()
    {
        var author = Guid.NewGuid();
        Assert.True(ParticipationPermissions.CanEdit(new Proposal { AuthorId = author }, author));
        Assert.False(ParticipationPermissions.CanEdit(new Proposal { AuthorId = author, SupportCount = 1 }, author));
        Assert.False(ParticipationPermissions.CanEdit(new Proposal { AuthorId = author }, Guid.NewGuid()));
        Assert.True(ParticipationPermissions.CanWithdraw(new Proposal { AuthorId = author, Status = ProposalStatus.InBehandeling }, author));
        Assert.False(ParticipationPermissions.CanWithdraw(new Proposal { AuthorId = author, Status = ProposalStatus.Aangenomen }, author));
    }

    [Fact]
    public void TheCurrentPhaseIsTheOneWhoseDatesIncludeToday()
    {
        var today = new DateOnly(2027, 3, 15);
        var process = new Process { Phases = [new Phase { Name = "a", Starts = new(2027, 1, 1), Ends = new(2027, 2, 28) }, new Phase { Name = "b", Starts = new(2027, 3, 1), Ends = new(2027, 3, 31) }] };
        Assert.Equal("b", process.PhaseOn(today)?.Name);
        Assert.Null(process.PhaseOn(new DateOnly(2027, 4, 1)));
    }
}
