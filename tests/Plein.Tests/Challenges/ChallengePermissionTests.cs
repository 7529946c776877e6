using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Challenges;
using Plein.Challenges.Handle;
using Plein.Tests.Support;

namespace Plein.Tests.Challenges;

/// <summary>Who sees what of a request, as a table; reminders before the deadline; withdrawing.</summary>
[Collection(AppCollection.Name)]
public sealed class ChallengePermissionTests(Apps apps)
{
    private const string Canals = "De grachten rond de binnenstad schoonhouden vanaf suppen";
    public static TheoryData<string> Providers => Apps.Providers;

    public static TheoryData<string?, string, HttpStatusCode> Cases => new()
    {
        // who (null: anonymous), page (of Zwolle's demo request about the canals, in assessment), status
        { "inwoner.zwolle", "aanvragen/{id}", HttpStatusCode.OK },
        { "ambtenaar.zwolle", "behandeling/{id}", HttpStatusCode.OK },
        { "ambtenaar.zwolle", "behandeling", HttpStatusCode.OK },
        { "ambtenaar.zwolle", "regels", HttpStatusCode.OK },
        { "ambtenaar.zwolle", "aanvragen/{id}", HttpStatusCode.NotFound },
        { "inwoner.zwolle", "behandeling/{id}", HttpStatusCode.Forbidden },
        { "inwoner.zwolle", "behandeling", HttpStatusCode.Forbidden },
        { "inwoner.zwolle", "regels", HttpStatusCode.Forbidden },
        { "moderator.zwolle", "aanvragen/{id}", HttpStatusCode.NotFound },
        { "moderator.zwolle", "behandeling/{id}", HttpStatusCode.Forbidden },
        { "ambtenaar.overijssel", "behandeling/{id}", HttpStatusCode.Forbidden },
        { "ambtenaar.overijssel", "aanvragen/{id}", HttpStatusCode.NotFound },
        { "inwoner.overijssel", "aanvragen/{id}", HttpStatusCode.NotFound },
        { null, "aanvragen/{id}", HttpStatusCode.Redirect },
        { null, "behandeling/{id}", HttpStatusCode.Redirect },
        { null, "register", HttpStatusCode.OK },
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task OnlyTheChallengerAndTheOrganisationsHandlersSeeARequest(string? who, string page, HttpStatusCode expected)
    {
        var app = apps[PleinApp.Sqlite];
        var id = app.WithDb(db => db.National<Challenge>().Single(c => c.Task == Canals).Id);
        using var client = app.Client();
        if (who is not null) await client.SignInAsync($"{who}@demo.plein.nl");
        var response = await client.GetAsync($"/zwolle/uitdaagrecht/{page.Replace("{id}", id.ToString(), StringComparison.Ordinal)}", follow: false);
        Assert.Equal(expected, response.Status);
        // The internal assessment of the demo request never reaches anyone but a handler.
        if (expected == HttpStatusCode.OK && !page.StartsWith("behandeling", StringComparison.Ordinal))
            Assert.DoesNotContain("verzekering nog nagaan", response.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeekBeforeTheDeadlineTheHandlerGetsOneReminder()
    {
        var app = apps[PleinApp.Sqlite];
        var id = app.WithDb(db => db.National<Challenge>().Single(c => c.Task == Canals).Id);
        var soon = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3));
        app.WithDb(db => db.National<Challenge>().Where(c => c.Id == id).ExecuteUpdate(s => s.SetProperty(c => c.DecisionDue, soon).SetProperty(c => c.ReminderSentAt, (DateTimeOffset?)null)));
        var reminders = app.Services.GetRequiredService<DeadlineReminders>();
        Assert.True(await reminders.RunAsync(CancellationToken.None) >= 1);
        Assert.NotNull(app.WithDb(db => db.National<Challenge>().Single(c => c.Id == id).ReminderSentAt));
        int Sent() => app.Smtp.Messages.Count(m => (m.Subject ?? "").Contains("(UR-2026-0002)", StringComparison.Ordinal) && (m.Subject ?? "").StartsWith("Beslistermijn", StringComparison.Ordinal));
        for (var i = 0; i < 100 && Sent() == 0; i++) await Task.Delay(200);
        Assert.Equal(1, Sent());
        Assert.Contains(app.Smtp.Messages, m => (m.Subject ?? "").Contains("(UR-2026-0002)", StringComparison.Ordinal) && m.To.Mailboxes.Any(b => b.Address == Demo.Email("ambtenaar", "zwolle")));
        await reminders.RunAsync(CancellationToken.None);
        await Task.Delay(1000);
        Assert.Equal(1, Sent());
    }

    [Fact]
    public async Task TheChallengerCanWithdrawUntilTheDecision()
    {
        var app = apps[PleinApp.Sqlite];
        var id = app.WithDb(db => db.National<Challenge>().Single(c => c.Task == "Het groen in Assendorp onderhouden").Id);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var page = await resident.GetAsync($"/zwolle/uitdaagrecht/aanvragen/{id}");
        page = await resident.SubmitAsync(page, new Dictionary<string, string>(), "#intrekken");
        Assert.Contains("Uw aanvraag is ingetrokken.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#intrekken"));
        Assert.Equal(ChallengeState.Ingetrokken, app.WithDb(db => db.National<Challenge>().Single(c => c.Id == id).State));
        var decided = app.WithDb(db => db.National<Challenge>().Single(c => c.Task == "Toezicht houden op foutparkeren bij de speeltuin").Id);
        Assert.Null((await resident.GetAsync($"/zwolle/uitdaagrecht/aanvragen/{decided}")).Document.QuerySelector("#intrekken"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SupportCollectedOnlineCountsAsEvidenceAndShowsOnTheRequest(string provider)
    {
        var app = apps[provider];
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var form = await resident.GetAsync("/zwolle/uitdaagrecht/aanvraag");
        var concept = await resident.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Task"] = $"Het speelveld aan de Esdoornstraat onderhouden ({provider})", ["Input.GroupName"] = "Vereniging Esdoorn", ["Input.HowBetter"] = "Buren maaien en vegen zelf.",
            ["Input.CollectOnline"] = "true", ["actie"] = "opslaan",
        }, "#aanvraag");
        Assert.Contains("Aantal inwoners dat uw aanvraag steunt: 0.", concept.Text, StringComparison.Ordinal);
        var supportPage = concept.Document.QuerySelector("main a[href*='/voorstellen/']")!.GetAttribute("href")!;

        using var neighbour = app.Client();
        await neighbour.SignInAsync(Demo.Email("collegelid", "zwolle"));
        var proposal = await neighbour.GetAsync(supportPage);
        Assert.Contains("Buren maaien en vegen zelf.", proposal.Text, StringComparison.Ordinal);
        await neighbour.SubmitAsync(proposal, new Dictionary<string, string>(), "#steunen");

        concept = await resident.GetAsync(concept.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Aantal inwoners dat uw aanvraag steunt: 1.", concept.Text, StringComparison.Ordinal);
        var submitted = await resident.SubmitAsync(concept, new Dictionary<string, string>
        {
            ["Input.GroupName"] = "Vereniging Esdoorn", ["Input.LegalForm"] = "Vereniging", ["Input.KvkNumber"] = "41234568", ["Input.NotForProfit"] = "true",
            ["Input.Involvement"] = "Wij wonen om het veld.", ["Input.Domain"] = "Sport en spelen", ["Input.Task"] = $"Het speelveld aan de Esdoornstraat onderhouden ({provider})",
            ["Input.HowBetter"] = "Buren maaien en vegen zelf.", ["Input.CostEstimate"] = "3000", ["Input.SupportWanted"] = "Een maaimachine.", ["Input.Continuity"] = "Een rooster.",
            ["Input.CollectOnline"] = "true", ["actie"] = "indienen",
        }, "#aanvraag");
        Assert.Contains("Uw aanvraag is ingediend", submitted.Text, StringComparison.Ordinal);
        Assert.Contains("Aantal inwoners dat online steunt: 1.", submitted.Text, StringComparison.Ordinal);
    }

    private static async Task<Guid> ConceptAsync(HtmlClient client, string task)
    {
        var page = await client.SubmitAsync(await client.GetAsync("/zwolle/uitdaagrecht/aanvraag"), new Dictionary<string, string> { ["Input.Task"] = task, ["actie"] = "opslaan" }, "#aanvraag");
        return Guid.Parse(page.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
    }

    [Fact]
    public async Task AConceptIsDeletedWithItsFilesAndNeverReachesTheHandlers()
    {
        var app = apps[PleinApp.Sqlite];
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var form = await resident.GetAsync("/zwolle/uitdaagrecht/aanvraag");
        var concept = await resident.SubmitFilesAsync(form, new Dictionary<string, string> { ["Input.Task"] = "Bankjes in het Park de Wezenlanden opknappen", ["actie"] = "opslaan" }, "#aanvraag",
            ("Attachments", "handtekeningen.pdf", "%PDF-1.4\nnamen en adressen van buren"u8.ToArray()));
        var id = Guid.Parse(concept.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
        var fileId = app.WithDb(db => db.National<ChallengeAttachment>().Single(a => a.ChallengeId == id).FileId);
        var page = await resident.GetAsync($"/zwolle/uitdaagrecht/aanvragen/{id}");
        Assert.Null(page.Document.QuerySelector("#intrekken"));
        var gone = await resident.SubmitAsync(page, new Dictionary<string, string>(), "#concept-verwijderen");
        Assert.Contains("Uw concept is verwijderd.", gone.Text, StringComparison.Ordinal);
        Assert.False(app.WithDb(db => db.National<Challenge>().Any(c => c.Id == id)));
        Assert.False(app.WithDb(db => db.Files.IgnoreQueryFilters().Any(f => f.Id == fileId)));
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        Assert.DoesNotContain("Bankjes in het Park de Wezenlanden", (await clerk.GetAsync("/zwolle/uitdaagrecht/behandeling")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACivilServantWhoChallengesTheirOwnOrganisationFollowsItOnlyAsChallenger()
    {
        var app = apps[PleinApp.Sqlite];
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var id = await ConceptAsync(clerk, "De moestuin achter het wijkcentrum beheren");
        app.WithDb(db =>
        {
            var c = db.National<Challenge>().Single(x => x.Id == id);
            var rules = db.National<global::Plein.Challenges.Rules.ChallengeRules>().Single(r => r.OrganisationId == c.OrganisationId);
            c.Submit(rules, "UR-T-" + Guid.NewGuid().ToString("N")[..8], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow);
            return db.SaveChanges();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/zwolle/uitdaagrecht/behandeling/{id}", follow: false)).Status);
        Assert.DoesNotContain("De moestuin achter het wijkcentrum", (await clerk.GetAsync("/zwolle/uitdaagrecht/behandeling")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/zwolle/uitdaagrecht/aanvragen/{id}", follow: false)).Status);
        using var admin = app.Client();
        await admin.SignInAsync(Demo.Email("beheerder", "zwolle"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/zwolle/uitdaagrecht/behandeling/{id}", follow: false)).Status);
    }

    [Fact]
    public async Task TwoHandlersDecidingAtTheSameMomentSendOneDecision()
    {
        var app = apps[PleinApp.Sqlite];
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var id = await ConceptAsync(resident, "Het hondenlosloopgebied schoonhouden");
        app.WithDb(db =>
        {
            var c = db.National<Challenge>().Single(x => x.Id == id);
            var rules = db.National<global::Plein.Challenges.Rules.ChallengeRules>().Single(r => r.OrganisationId == c.OrganisationId);
            c.Submit(rules, "UR-T-" + Guid.NewGuid().ToString("N")[..8], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow);
            for (var i = 0; i < 4; i++) c.MoveToNextStep(DateTimeOffset.UtcNow);
            return db.SaveChanges();
        });
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        using var admin = app.Client();
        await admin.SignInAsync(Demo.Email("beheerder", "zwolle"));
        var path = $"/zwolle/uitdaagrecht/behandeling/{id}";
        var (pageA, pageB) = (await clerk.GetAsync(path), await admin.GetAsync(path));
        await Task.WhenAll(
            clerk.SubmitAsync(pageA, new Dictionary<string, string> { ["Decision.Outcome"] = "toekennen", ["Decision.Reasons"] = "Een goed plan met veel steun uit de buurt." }, "#besluit"),
            admin.SubmitAsync(pageB, new Dictionary<string, string> { ["Decision.Outcome"] = "afwijzen", ["Decision.Reasons"] = "Past niet bij het beleid voor honden in parken." }, "#besluit"));
        Assert.Equal(1, app.WithDb(db => db.National<ChallengeEvent>().Count(e => e.ChallengeId == id && e.Kind == "besluit")));
        var state = app.WithDb(db => db.National<Challenge>().Single(c => c.Id == id).State);
        Assert.True(state is ChallengeState.Besluit or ChallengeState.Afgewezen, state.ToString());
    }
}
