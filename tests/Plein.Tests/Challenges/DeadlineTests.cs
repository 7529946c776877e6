using Plein.Challenges;
using Plein.Challenges.Rules;

namespace Plein.Tests.Challenges;

/// <summary>The legal decision deadline as a table of cases: weeks from submission, pauses for information, resumption.</summary>
public sealed class DeadlineTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Challenge Submitted(int weeks, bool pauses)
    {
        var rules = ChallengeRules.Example(Now);
        (rules.DecisionWeeks, rules.InformationPausesDeadline) = (weeks, pauses);
        var challenge = new Challenge { State = ChallengeState.Concept };
        challenge.Submit(rules, "UR-2026-0001", Monday, Now);
        return challenge;
    }

    public static TheoryData<int, bool, int[], string?> Cases => new()
    {
        // weeks, pauses, (asked day, answered day) offsets from submission in pairs, expected due date (null: paused)
        { 10, true, [], "2026-05-11" },
        { 8, true, [], "2026-04-27" },
        { 10, true, [14, 24], "2026-05-21" },
        { 10, true, [14, 14], "2026-05-11" },
        { 10, true, [14, 24, 30, 33], "2026-05-24" },
        { 10, false, [14, 24], "2026-05-11" },
        { 10, true, [14], null },
        { 10, false, [14], "2026-05-11" },
        { 52, true, [0, 365], "2028-02-29" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void TheDeadlineRunsFromSubmissionAndStandsStillOnlyWhenTheRulesSaySo(int weeks, bool pauses, int[] questions, string? expected)
    {
        var challenge = Submitted(weeks, pauses);
        challenge.MoveToNextStep(Now);
        for (var i = 0; i < questions.Length; i++)
        {
            var day = Monday.AddDays(questions[i]);
            if (i % 2 == 0) challenge.RequestInformation(day, Now);
            else challenge.ReceiveInformation(day, Now);
        }
        Assert.Equal(expected, challenge.DecisionDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void StepsOnlyGoForwardAndADecisionEndsTheClock()
    {
        var challenge = Submitted(10, true);
        Assert.Throws<InvalidOperationException>(() => challenge.Decide(true, "Te vroeg", Monday, Now));
        foreach (var expected in new[] { ChallengeState.Ontvankelijkheid, ChallengeState.Kennismaking, ChallengeState.Beoordeling, ChallengeState.Advies })
        {
            challenge.MoveToNextStep(Now);
            Assert.Equal(expected, challenge.State);
        }
        Assert.Null(challenge.NextStep);
        Assert.Throws<InvalidOperationException>(() => challenge.MoveToNextStep(Now));
        challenge.RequestInformation(Monday.AddDays(3), Now);
        Assert.Throws<InvalidOperationException>(() => challenge.RequestInformation(Monday.AddDays(4), Now));
        challenge.Decide(false, "Past niet binnen de regels.", Monday.AddDays(5), Now);
        Assert.Equal((ChallengeState.Afgewezen, (DateOnly?)null, (DateOnly?)null), (challenge.State, challenge.DecisionDue, challenge.InformationRequestedOn));
        Assert.False(challenge.CanWithdraw);
        Assert.Throws<InvalidOperationException>(() => challenge.Withdraw(Now));
    }

    [Fact]
    public void WithdrawingClosesAnOpenQuestionAndAnAnswerAfterwardsIsRefused()
    {
        var challenge = Submitted(10, true);
        challenge.MoveToNextStep(Now);
        challenge.RequestInformation(Monday.AddDays(3), Now);
        challenge.Withdraw(Now);
        Assert.Equal((ChallengeState.Ingetrokken, (DateOnly?)null, false, (DateOnly?)null), (challenge.State, challenge.InformationRequestedOn, challenge.Paused, challenge.DecisionDue));
        Assert.Throws<InvalidOperationException>(() => challenge.ReceiveInformation(Monday.AddDays(5), Now));
        Assert.False(new Challenge { State = ChallengeState.Concept }.CanWithdraw);
    }
}
