using System.Globalization;
using Plein.Budgeting;
using Plein.Budgeting.Ballots;
using Plein.Budgeting.Results;

namespace Plein.Tests.Budgeting;

/// <summary>The rules a ballot must meet, and how the tally picks winners, without a database.</summary>
public sealed class BallotRuleTests
{
    private static readonly BudgetProject A = Project("Speelplek", 40_000m), B = Project("Moestuin", 30_000m), C = Project("Zebrapad", 50_000m), D = Project("Bankjes", 20_000m);
    private static readonly BudgetProject[] All = [A, B, C, D];

    private static BudgetProject Project(string title, decimal cost) => new() { Id = Guid.NewGuid(), Title = title, Cost = cost };

    private static Budget Knapsack(int minimum = 0) => new() { Id = Guid.NewGuid(), Total = 100_000m, Rule = BallotRule.Knapsack, MinimumSpendPercent = minimum };

    private static string[] Keys(BallotRules.Check check) => [.. check.Problems.Select(p => p.Key)];

    [Fact]
    public void KnapsackRefusesMoreThanTheBudgetAndTooLittleWhenAMinimumIsSet()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        BallotRules.Check over;
        try { over = BallotRules.Evaluate(Knapsack(), All, [A.Id, B.Id, C.Id]); }
        finally { CultureInfo.CurrentCulture = culture; }
        Assert.StartsWith("Uw keuze kost {0}. Dat is {1} meer", Assert.Single(Keys(over)), StringComparison.Ordinal);
        Assert.Equal(["120.000", "20.000", "100.000"], over.Problems[0].Values.Select(v => ((string)v).Replace("€", "", StringComparison.Ordinal).Trim(' ', '\u00A0')));
        Assert.True(BallotRules.Evaluate(Knapsack(), All, [A.Id, B.Id, D.Id]).Valid);
        var little = BallotRules.Evaluate(Knapsack(50), All, [D.Id]);
        Assert.StartsWith("Besteed minstens {0}", Assert.Single(Keys(little)), StringComparison.Ordinal);
        Assert.True(BallotRules.Evaluate(Knapsack(50), All, [C.Id]).Valid);
        Assert.Equal(["Kies minstens één project."], Keys(BallotRules.Evaluate(Knapsack(), All, [])));
        Assert.Equal(["Kies projecten uit de lijst."], Keys(BallotRules.Evaluate(Knapsack(), All, [A.Id, Guid.NewGuid()])));
    }

    [Fact]
    public void ApprovalLimitsTheNumberOfProjectsNotTheirCost()
    {
        var budget = new Budget { Total = 10m, Rule = BallotRule.Approval, MaxChoices = 2 };
        Assert.True(BallotRules.Evaluate(budget, All, [A.Id, C.Id]).Valid);
        var three = BallotRules.Evaluate(budget, All, [A.Id, B.Id, C.Id]);
        Assert.Equal("Kies hoogstens {0} projecten. U koos er {1}.", Assert.Single(Keys(three)));
        Assert.Equal([2, 3], three.Problems[0].Values);
    }

    [Fact]
    public void TheTallyFundsByVotesThenCheaperAndHashesTheSameWhateverTheOrder()
    {
        var budget = Knapsack();
        var votes = new Dictionary<Guid, int> { [A.Id] = 10, [B.Id] = 7, [C.Id] = 7, [D.Id] = 2 };
        string[] lines = ["a", "b", "c"];
        var outcome = Tally.Decide(budget, All, votes, lines);
        // A (40k) first; B and C tie on 7 votes: B is cheaper and fits (70k); C (50k) no longer fits; D (20k) does.
        Assert.Equal([A.Id, B.Id, C.Id, D.Id], outcome.Projects.Select(p => p.Id));
        Assert.Equal([true, true, false, true], outcome.Projects.Select(p => p.Funded));
        Assert.Equal(90_000m, outcome.Spent);
        var again = Tally.Decide(budget, [.. All.Reverse()], votes, lines);
        Assert.Equal((outcome.InputHash, outcome.ResultHash), (again.InputHash, again.ResultHash));
        Assert.NotEqual(outcome.InputHash, Tally.Decide(budget, All, votes, ["a", "b", "d"]).InputHash);
        Assert.DoesNotContain(Tally.Decide(budget, All, new Dictionary<Guid, int>(), []).Projects, p => p.Funded);
    }
}
