using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Budgeting;
using Plein.Tests.Support;

namespace Plein.Tests.Budgeting;

/// <summary>Residents submit projects in the submission phase; ambtenaren review them; only feasible ones reach the ballot.</summary>
[Collection(AppCollection.Name)]
public sealed class ProjectSubmissionTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AResidentsProjectIsReviewedBeforeItReachesTheBallot(string provider)
    {
        var app = apps[provider];
        var (zwolle, process, first, last) = app.WithDb(db =>
        {
            var p = db.National<global::Plein.Participation.Process>().Include(x => x.Phases).Single(x => x.Title == "Groenplan Assendorp");
            var phases = p.Phases.OrderBy(f => f.Starts).ToList();
            return (p.OrganisationId, p.Id, phases[0].Id, phases[^1].Id);
        });
        var budget = new Budget
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ProcessId = process, VotingPhaseId = last, SubmissionPhaseId = first, Title = $"Buurtbudget ({provider})", Total = 50_000m,
            Rule = BallotRule.Knapsack, Eligibility = global::Plein.Platform.Verification.VerificationLevel.BevestigdEmail, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        app.WithDb(db => { db.Add(budget); return db.SaveChanges(); });

        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Contains("Een project indienen", (await resident.GetAsync($"/zwolle/begroten/{budget.Id}")).Text, StringComparison.Ordinal);
        var form = await resident.GetAsync($"/zwolle/begroten/{budget.Id}/indienen");
        var wrong = await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Description"] = "Een pluktuin.", ["Input.Cost"] = "90.000" }, "#indienen");
        Assert.Equal("Geef uw project een titel.", wrong.FieldError("Input.Title"));
        Assert.Equal("Uw project kost meer dan het hele budget. Maak het kleiner of splits het op.", wrong.FieldError("Input.Cost"));
        Assert.Equal("Een pluktuin.", wrong.Value("Input.Description"));
        await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Pluktuin", ["Input.Description"] = "Een pluktuin bij de school.", ["Input.Cost"] = "15000" }, "#indienen");
        var mine = await resident.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Kabelbaan", ["Input.Description"] = "Over de IJssel.", ["Input.Cost"] = "40000" }, "#indienen");
        Assert.Contains("ingediend, wordt beoordeeld", mine.Text, StringComparison.Ordinal);
        var ids = app.WithDb(db => db.National<BudgetProject>().Where(p => p.BudgetId == budget.Id).ToDictionary(p => p.Title, p => p.Id));

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var manage = await staff.GetAsync($"/zwolle/begroten/{budget.Id}/beheer");
        var noCost = await staff.SubmitAsync(manage, new Dictionary<string, string> { ["Review.Feasible"] = "true", ["Review.Cost"] = "" }, $"#beoordeel-{ids["Pluktuin"]}");
        Assert.Equal("Vul in wat het project volgens de gemeente kost.", noCost.FieldError("Review.Cost"));
        await staff.SubmitAsync(manage, new Dictionary<string, string> { ["Review.Feasible"] = "true", ["Review.Cost"] = "18.500", ["Review.Reason"] = "Inclusief hekwerk." }, $"#beoordeel-{ids["Pluktuin"]}");
        var noReason = await staff.SubmitAsync(await staff.GetAsync($"/zwolle/begroten/{budget.Id}/beheer"), new Dictionary<string, string> { ["Review.Feasible"] = "false" }, $"#beoordeel-{ids["Kabelbaan"]}");
        Assert.Equal("Schrijf waarom het project niet haalbaar is.", noReason.FieldError("Review.Reason"));
        await staff.SubmitAsync(await staff.GetAsync($"/zwolle/begroten/{budget.Id}/beheer"), new Dictionary<string, string> { ["Review.Feasible"] = "false", ["Review.Reason"] = "Dat past niet in een buurtbudget." }, $"#beoordeel-{ids["Kabelbaan"]}");

        var reviewed = app.WithDb(db => db.National<BudgetProject>().Where(p => p.BudgetId == budget.Id).ToDictionary(p => p.Title));
        Assert.Equal((ProjectStatus.Haalbaar, 18_500m), (reviewed["Pluktuin"].Status, reviewed["Pluktuin"].Cost));
        Assert.Equal(ProjectStatus.NietHaalbaar, reviewed["Kabelbaan"].Status);
        Assert.Contains("Dat past niet in een buurtbudget.", (await app.Smtp.WaitForMailToAsync(Demo.Email("inwoner", "zwolle"), subjectStart: $"Uw project voor {budget.Title}: niet haalbaar")).TextBody, StringComparison.Ordinal);
        var page = await resident.GetAsync($"/zwolle/begroten/{budget.Id}");
        Assert.Contains("Dat past niet in een buurtbudget.", page.Text, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Count(a => a.Action == "begroten.project-beoordeeld" && (a.Subject == "Pluktuin" || a.Subject == "Kabelbaan")) >= 2));

        // On the ballot only the feasible one: as the tally sees it.
        await using var scope = app.Services.CreateAsyncScope();
        var tally = await scope.ServiceProvider.GetRequiredService<global::Plein.Budgeting.Results.Tally>().RunAsync(budget.Id, CancellationToken.None);
        Assert.Equal(["Pluktuin"], tally!.Projects.Select(p => p.Title));
    }
}
