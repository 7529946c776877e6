using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;
using Plein.QuickScan.Scoring;

namespace Plein.Tests.QuickScan;

/// <summary>The scoring rules as tables of cases: the scale, "weet niet", suppression under five, gaps and priorities.</summary>
public sealed class ScanScoresTests
{
    private static readonly Theme T1 = new() { Key = "t1", Title = "Raad", Current = [new() { Text = "a" }, new() { Text = "b" }], Improve = [new() { Text = "c" }] };
    private static readonly Theme T2 = new() { Key = "t2", Title = "Inwoners", Current = [new() { Text = "d" }], Improve = [new() { Text = "e" }] };
    private static readonly QuestionnaireDefinition Questionnaire = new() { Themes = [T1, T2] };
    private static readonly RespondentGroup[] Two = [RespondentGroup.Inwoners, RespondentGroup.Raadsleden];

    /// <summary>Answers as "group theme kind row value count" lines, kind n (now) or b (belang).</summary>
    private static ScanTally Tally(Dictionary<RespondentGroup, int> respondents, params string[] lines)
    {
        var counts = new Dictionary<(string, int, int), int>();
        foreach (var line in lines)
        {
            var p = line.Split(' ');
            var group = Groups.FromSlug(p[0])!.Value;
            var theme = p[1] == "t1" ? T1 : T2;
            var key = p[2] == "n" ? ScanSurvey.CurrentKey(theme, group) : ScanSurvey.ImportanceKey(theme, group);
            counts[(key, int.Parse(p[3]), int.Parse(p[4]))] = int.Parse(p[5]);
        }
        return new ScanTally(counts, respondents);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 25.0)]
    [InlineData(2, 50.0)]
    [InlineData(3, 75.0)]
    [InlineData(4, 100.0)]
    public void TheScaleRunsFromZeroToHundred(int answer, double score)
    {
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 5 }, $"inwoners t1 n 0 {answer} 5");
        Assert.Equal(score, ScanScores.Compute(Questionnaire, tally, [RespondentGroup.Inwoners])[0].Groups[0].Score);
    }

    [Fact]
    public void WeetNietIsLeftOutNotCountedAsZero()
    {
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 6 }, "inwoners t1 n 0 4 3", $"inwoners t1 n 0 {ScanSurvey.DontKnow} 3");
        Assert.Equal(100, ScanScores.Compute(Questionnaire, tally, [RespondentGroup.Inwoners])[0].Score);
    }

    [Fact]
    public void OnlyWeetNietGivesNoScore()
    {
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 5 }, $"inwoners t1 n 0 {ScanSurvey.DontKnow} 5");
        var theme = ScanScores.Compute(Questionnaire, tally, [RespondentGroup.Inwoners])[0];
        Assert.Null(theme.Score);
        Assert.False(theme.Groups[0].Suppressed);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(0, true)]
    public void AGroupUnderFiveIsNeverShownNorCountedInTheTotal(int respondents, bool suppressed)
    {
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 10, [RespondentGroup.Raadsleden] = respondents },
            "inwoners t1 n 0 0 10", $"raadsleden t1 n 0 4 {Math.Max(respondents, 1)}");
        var theme = ScanScores.Compute(Questionnaire, tally, Two)[0];
        var council = theme.Groups.Single(g => g.Group == RespondentGroup.Raadsleden);
        Assert.Equal(suppressed, council.Suppressed);
        Assert.Equal(suppressed ? null : 100, council.Score);
        Assert.Equal(suppressed ? null : 100, theme.Statements[0].PerGroup[1]);
        Assert.Equal(suppressed ? 0 : Math.Round(100.0 * respondents / (10 + respondents), 1), theme.Score);
        Assert.Equal(!suppressed, theme.NotableGap);
    }

    [Theory]
    [InlineData(2, 2, 0.0, false)]
    [InlineData(1, 2, 25.0, true)]
    [InlineData(0, 4, 100.0, true)]
    public void GapsOfTwentyPointsOrMoreAreNotable(int residents, int council, double gap, bool notable)
    {
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 5, [RespondentGroup.Raadsleden] = 5 },
            $"inwoners t1 n 0 {residents} 5", $"raadsleden t1 n 0 {council} 5");
        var theme = ScanScores.Compute(Questionnaire, tally, Two)[0];
        Assert.Equal(gap, theme.Gap);
        Assert.Equal(notable, theme.NotableGap);
        if (notable) Assert.Equal((RespondentGroup.Inwoners, RespondentGroup.Raadsleden), (theme.Lowest!.Value, theme.Highest!.Value));
    }

    [Fact]
    public void StatementsAreScoredPerRowAndPerGroup()
    {
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 5, [RespondentGroup.Raadsleden] = 5 },
            "inwoners t1 n 0 0 5", "inwoners t1 n 1 4 5", "raadsleden t1 n 0 2 5");
        var theme = ScanScores.Compute(Questionnaire, tally, Two)[0];
        Assert.Equal([0.0, 50.0], theme.Statements[0].PerGroup);
        Assert.Equal([100.0, null], theme.Statements[1].PerGroup);
        Assert.Equal(50, theme.Groups[0].Score);
    }

    [Fact]
    public void PrioritiesAreImportantAndWeakThemesFirst()
    {
        // t1: score 25, importance 100 -> urgency 75; t2: score 75, importance 100 -> urgency 25.
        var tally = Tally(new() { [RespondentGroup.Inwoners] = 5 },
            "inwoners t1 n 0 1 5", "inwoners t1 b 0 4 5", "inwoners t2 n 0 3 5", "inwoners t2 b 0 4 5");
        var priorities = ScanScores.Priorities(ScanScores.Compute(Questionnaire, tally, [RespondentGroup.Inwoners]));
        Assert.Equal(["t1", "t2"], priorities.Select(p => p.Theme.Key));
        Assert.Equal(75, priorities[0].Urgency);
    }

    [Fact]
    public void NoAnswersNoPriorities()
    {
        var themes = ScanScores.Compute(Questionnaire, ScanTally.Empty, Two);
        Assert.Empty(ScanScores.Priorities(themes));
        Assert.All(themes, t => Assert.True(t.Groups.All(g => g.Suppressed)));
    }

    [Theory]
    [InlineData("Raadslid", "Raadsleden")]
    [InlineData("Commissielid (geen raadslid)", "Raadsleden")]
    [InlineData("Fractievolger of steunfractielid", "Raadsleden")]
    [InlineData("Burgemeester", "Collegeleden")]
    [InlineData("Wethouder", "Collegeleden")]
    [InlineData("Gemeentesecretaris", "Ambtenaren")]
    [InlineData("Griffier of medewerker van de griffie", "Ambtenaren")]
    [InlineData("Inwoner van de gemeente", "Inwoners")]
    public void TheClassificationFollowsTheOfficialRules(string role, string group) =>
        Assert.Equal(group, Groups.Roles(Plein.Platform.Tenancy.OrganisationKind.Gemeente).Single(r => r.Label == role).Group.ToString());
}
