using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Plein.Learning.Contracts;
using Plein.Learning.Studying;
using Plein.Tests.Support;

namespace Plein.Tests.Learning;

/// <summary>An organisation sees only its own members who chose to share, and recommends courses; the programme sees reach.</summary>
[Collection(AppCollection.Name)]
public sealed class OrganisationLearningTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TheOverviewShowsOnlyMembersWhoShareAndNeverTheirReflections(string provider)
    {
        var app = apps[provider];
        var (slug, version) = TestCourses.Publish(app, $"organisatie-{provider}");
        var title = $"Testtraining {slug}";
        using var sharing = app.Client();
        await sharing.SignInAsync(Demo.Email("collegelid", "zwolle"));
        await sharing.SubmitAsync(await sharing.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        await sharing.SubmitAsync(await sharing.GetAsync($"/leren/{slug}"), new Dictionary<string, string> { ["Share"] = "true" }, "#delen");
        await sharing.SubmitAsync(await sharing.GetAsync($"/leren/{slug}/les/{version.LessonNamed("Tweede les").Id}"), new Dictionary<string, string> { ["ReflectionText"] = "Alleen voor mij bedoeld" }, "#reflecteren");
        using var private_ = app.Client();
        await private_.SignInAsync(Demo.Email("moderator", "zwolle"));
        await private_.SubmitAsync(await private_.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        using var elsewhere = app.Client();
        await elsewhere.SignInAsync(Demo.Email("collegelid", "wdodelta"));
        await elsewhere.SubmitAsync(await elsewhere.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        await elsewhere.SubmitAsync(await elsewhere.GetAsync($"/leren/{slug}"), new Dictionary<string, string> { ["Share"] = "true" }, "#delen");
        var names = app.WithDb(db => db.Users.Where(u => u.Email!.StartsWith("collegelid.") || u.Email.StartsWith("moderator.zwolle")).ToDictionary(u => u.Email!.Split('@')[0], u => u.DisplayName));

        using var beheerder = app.Client();
        await beheerder.SignInAsync(Demo.Email("beheerder", "zwolle"));
        var overview = await beheerder.GetAsync("/zwolle/leren");
        var rows = overview.Document.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains(title, StringComparison.Ordinal)).Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal([names["collegelid.zwolle"]], rows);
        Assert.DoesNotContain("Alleen voor mij bedoeld", overview.Html, StringComparison.Ordinal);
        // Raadslid Zwolle shares the demo course; Zwolle's ambtenaar completed it without sharing.
        Assert.Contains(app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("raadslid", "zwolle")).DisplayName), overview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("ambtenaar", "zwolle")).DisplayName), overview.Text, StringComparison.Ordinal);

        // Turning sharing off hides the member again.
        await sharing.SubmitAsync(await sharing.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#delen");
        Assert.DoesNotContain(title, (await beheerder.GetAsync("/zwolle/leren")).Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        using var otherBeheerder = app.Client();
        await otherBeheerder.SignInAsync(Demo.Email("beheerder", "wdodelta"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherBeheerder.GetAsync("/zwolle/leren", follow: false)).Status);
        var theirs = await otherBeheerder.GetAsync("/waterschap-drents-overijsselse-delta/leren");
        Assert.Contains(names["collegelid.wdodelta"], theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(names["collegelid.zwolle"], theirs.Text, StringComparison.Ordinal);
        using var councillor = app.Client();
        await councillor.SignInAsync(Demo.Email("raadslid", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync("/zwolle/leren", follow: false)).Status);
        using var griffier = app.Client();
        await griffier.SignInAsync(Demo.Email("griffier", "zwolle"));
        Assert.Equal(HttpStatusCode.OK, (await griffier.GetAsync("/zwolle/leren")).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ABeheerderRecommendsACourseToTheMembers(string provider)
    {
        var app = apps[provider];
        var (slug, version) = TestCourses.Publish(app, $"aanbevelen-{provider}");
        using var griffier = app.Client();
        await griffier.SignInAsync(Demo.Email("griffier", "overijssel"));
        var page = await griffier.GetAsync("/provincie-overijssel/leren");
        Assert.Equal("Kies een training.", (await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Input.Course"] = "", ["Input.Note"] = "Goed voor de Staten" }, "#aanbevelen")).FieldError("Input.Course"));
        var unknown = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Input.Course"] = Guid.NewGuid().ToString(), ["Input.Note"] = "Goed voor de Staten" }, "#aanbevelen");
        Assert.Equal("Kies een training uit de lijst.", unknown.FieldError("Input.Course"));
        Assert.Equal("Goed voor de Staten", unknown.Value("Input.Note"));
        Assert.Equal("'niet-een-id' is hier geen geldige waarde.", (await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Input.Course"] = "niet-een-id" }, "#aanbevelen")).FieldError("Input.Course"));
        Assert.Equal("Gebruik hoogstens 500 tekens.", (await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Input.Course"] = version.CourseId.ToString(), ["Input.Note"] = new string('a', 501) }, "#aanbevelen")).FieldError("Input.Note"));
        Assert.Equal(0, app.WithDb(db => db.Set<Plein.Learning.Organisations.CourseRecommendation>().IgnoreQueryFilters().Count(r => r.CourseId == version.CourseId)));
        var done = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Input.Course"] = version.CourseId.ToString(), ["Input.Note"] = $"Goed voor de Staten {provider}" }, "#aanbevelen");
        Assert.Contains("De training is aanbevolen.", done.Text, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.Outbox.Any(m => m.To == Demo.Email("raadslid", "overijssel") && m.Subject == $"Aanbevolen training: Testtraining {slug}")));
        Assert.False(app.WithDb(db => db.Outbox.Any(m => m.To == Demo.Email("inwoner", "overijssel") && m.Subject == $"Aanbevolen training: Testtraining {slug}")));

        using var member = app.Client();
        await member.SignInAsync(Demo.Email("inwoner", "overijssel"));
        var learning = await member.GetAsync("/leren");
        Assert.Contains($"Goed voor de Staten {provider}", learning.Text, StringComparison.Ordinal);
        using var outsider = app.Client();
        await outsider.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.DoesNotContain($"Goed voor de Staten {provider}", (await outsider.GetAsync("/leren")).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ReachCountsEnrolmentsCompletionsScoresAndOrganisations(string provider)
    {
        var app = apps[provider];
        var (slug, version) = TestCourses.Publish(app, $"bereik-{provider}");
        foreach (var (who, answers) in new[] { ("raadslid.eemsdelta", ("0", "1")), ("ambtenaar.eemsdelta", ("1", "0")), ("ambtenaar.wdodelta", ("0", "0")) })
        {
            using var learner = app.Client();
            await learner.SignInAsync(who + "@demo.plein.nl");
            await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
            foreach (var title in new[] { "Eerste les", "Tweede les" })
                await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}/les/{version.LessonNamed(title).Id}"), new Dictionary<string, string>(), "#klaar");
            await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}/les/{version.LessonNamed("Kennischeck").Id}"), new Dictionary<string, string> { ["Answers[0]"] = answers.Item1, ["Answers[1]"] = answers.Item2 }, "#kennischeck");
        }
        var today = global::Plein.Platform.Tenancy.Organisation.Today;
        using (var scope = app.Services.CreateScope())
        {
            var reach = scope.ServiceProvider.GetRequiredService<ILearningReach>();
            var row = (await reach.PerCourseAsync(today.AddDays(-1), today.AddDays(1), CancellationToken.None)).Single(r => r.Slug == slug);
            Assert.Equal(3, row.Enrolments);
            Assert.Equal(1, row.Completions);
            Assert.Equal(2, row.Organisations);
            Assert.Equal((100 + 0 + 50) / 3.0, row.AverageCheckScore!.Value, 3);
            Assert.DoesNotContain((await reach.PerCourseAsync(today.AddDays(-30), today.AddDays(-20), CancellationToken.None)), r => r.Slug == slug && r.Enrolments > 0);
        }
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var page = await staff.GetAsync("/leren/beheer/bereik");
        Assert.NotNull(page.Document.QuerySelector("figure.plein-chart svg"));
        Assert.Contains($"Testtraining {slug}", page.Document.QuerySelector("table.utrecht-table:not(.plein-chart__table)")!.TextContent, StringComparison.Ordinal);
        var backwards = await staff.GetAsync("/leren/beheer/bereik?Van=2026-05-01&Tot=2026-04-01");
        Assert.Equal("De einddatum ligt na de begindatum.", backwards.FieldError("Tot"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/leren/beheer/bereik?Van=geen-datum")).Status);
        Assert.True(app.WithDb(db => db.Set<Enrolment>().Count(e => e.CourseId == version.CourseId)) == 3);
    }
}
