using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Participation;
using Plein.Participation.Proposals;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

[Collection(AppCollection.Name)]
public sealed class ProposalFlowTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static readonly string[] ProcessFields = ["Input.Title", "Input.Summary", "Input.Body", "Input.Level", "Input.Area"];

    /// <summary>An ambtenaar of Zwolle creates and publishes a process with one open phase, through the pages.</summary>
    internal static async Task<string> PublishedProcessAsync(PleinApp app, bool supportOpen = true, int? limit = null)
    {
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var form = await staff.GetAsync("/zwolle/participatie/nieuw");
        var manage = await staff.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Speelplek " + Guid.NewGuid().ToString("N")[..6], ["Input.Summary"] = "Waar komt de nieuwe speelplek?",
            ["Input.Body"] = "**Belangrijk**: <script>alert(1)</script> denk mee.", ["Input.Level"] = "raadplegen", ["Input.Area"] = "Stadshagen",
        }, "#proces");
        var today = DateTime.UtcNow.Date;
        var phase = new Dictionary<string, string>
        {
            ["Phase.Name"] = "Ideeën", ["Phase.Starts"] = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Phase.Ends"] = today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Phase.ProposalsOpen"] = "true", ["Phase.CommentsOpen"] = "true",
            ["Phase.ProposeLevel"] = "BevestigdEmail", ["Phase.SupportLevel"] = "BevestigdEmail", ["Phase.CommentLevel"] = "BevestigdEmail",
            ["Phase.SupportLimit"] = limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        if (supportOpen) phase["Phase.SupportOpen"] = "true";
        manage = await staff.SubmitAsync(manage, phase, "#fase");
        Assert.True(manage.Text.Contains("De fase is toegevoegd", StringComparison.Ordinal),
            string.Join(" | ", manage.Document.QuerySelectorAll(".plein-error-summary li").Select(e => e.TextContent)) + manage.Response.RequestMessage!.RequestUri);
        manage = await staff.SubmitAsync(manage, new Dictionary<string, string>(), "form[action$='handler=Publish']");
        Assert.Contains("Het proces is gepubliceerd", manage.Text, StringComparison.Ordinal);
        return manage.Response.RequestMessage!.RequestUri!.AbsolutePath.Replace("/beheer", "", StringComparison.Ordinal);
    }

    internal static async Task<string> ProposeAsync(HtmlClient resident, string processUrl, string title)
    {
        var form = await resident.GetAsync(processUrl + "/voorstellen/nieuw");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Body"] = "Een speelplek met een klimrek en een bank voor ouders.", ["Input.Theme"] = "spelen",
        };
        var page = await resident.SubmitAsync(form, fields, "#voorstel");
        // A title like an existing proposal's gets the "lijkt op" step first; the writer posts anyway.
        if (page.Document.QuerySelector("#lijkt-op") is not null)
        {
            Assert.Equal(title, page.Value("Input.Title"));
            page = await resident.SubmitAsync(page, fields, "#voorstel");
        }
        Assert.Contains("Uw voorstel staat online", page.Text, StringComparison.Ordinal);
        return page.Response.RequestMessage!.RequestUri!.AbsolutePath;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task WritersSeeSimilarProposalsBeforePostingAndMayPostAnyway(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app);
        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        await ProposeAsync(anna, processUrl, "Lindebomen langs de Assendorperstraat");
        var form = await anna.GetAsync(processUrl + "/voorstellen/nieuw");
        var fields = new Dictionary<string, string> { ["Input.Title"] = "Meer lindebomen in de wijk", ["Input.Body"] = "Bomen geven schaduw op hete dagen, en zijn mooi.", ["Input.Theme"] = "" };
        var compare = await anna.SubmitAsync(form, fields, "#voorstel");
        Assert.True(compare.Document.QuerySelector("#lijkt-op") is not null, compare.Document.QuerySelector("main")?.TextContent);
        Assert.Contains("Lindebomen langs de Assendorperstraat", compare.Document.QuerySelector("#lijkt-op")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Meer lindebomen in de wijk", compare.Value("Input.Title"));
        var processId = Guid.Parse(processUrl.Split('/')[^1]);
        Assert.Equal(1, app.WithDb(db => db.Set<Proposal>().IgnoreQueryFilters().Count(p => p.ProcessId == processId)));
        var posted = await anna.SubmitAsync(compare, fields, "#voorstel");
        Assert.Contains("Uw voorstel staat online", posted.Text, StringComparison.Ordinal);
        // The same list, live while typing (similar.js asks for it).
        using var live = await anna.Http.GetAsync(new Uri(processUrl + "/lijkt-op?titel=" + Uri.EscapeDataString("Lindebomen overal"), UriKind.Relative));
        var hints = System.Text.Json.JsonDocument.Parse(await live.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(hints.EnumerateArray(), h => h.GetProperty("title").GetString() == "Lindebomen langs de Assendorperstraat");
        using var tooLong = await anna.Http.GetAsync(new Uri(processUrl + "/lijkt-op?titel=" + new string('a', 200), UriKind.Relative));
        Assert.Equal("[]", await tooLong.Content.ReadAsStringAsync());
        using var elsewhere = await anna.Http.GetAsync(new Uri(processUrl.Replace("/zwolle/", "/provincie-overijssel/", StringComparison.Ordinal) + "/lijkt-op?titel=bomen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        // Unrelated words get no hint.
        form = await anna.GetAsync(processUrl + "/voorstellen/nieuw");
        var other = await anna.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Een pingpongtafel", ["Input.Body"] = "Voor jongeren die samen willen spelen.", ["Input.Theme"] = "" }, "#voorstel");
        Assert.Contains("Uw voorstel staat online", other.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ProposalsNameTheirWijkAndTheIndexFiltersOnIt(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app);
        var assendorp = app.WithDb(db => db.National<global::Plein.Platform.Verification.Census.CensusArea>().Single(a => a.Name == "Assendorp").Id);
        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var form = await anna.GetAsync(processUrl + "/voorstellen/nieuw");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Geveltuintjes in Assendorp", ["Input.Body"] = "Tegels eruit, stokrozen erin, langs de hele straat.", ["Input.Theme"] = "", ["Input.AreaId"] = Guid.NewGuid().ToString(),
        };
        var wrong = await anna.SubmitAsync(form, fields, "#voorstel");
        Assert.Equal("Kies een wijk uit de lijst.", wrong.FieldError("Input.AreaId"));
        fields["Input.AreaId"] = assendorp.ToString();
        var posted = await anna.SubmitAsync(wrong, fields, "#voorstel");
        Assert.Contains("Wijk: Assendorp", posted.Text, StringComparison.Ordinal);
        await ProposeAsync(anna, processUrl, "Een zebrapad bij de school");

        var all = await anna.GetAsync(processUrl);
        Assert.Contains("Een zebrapad bij de school", all.Text, StringComparison.Ordinal);
        var filtered = await anna.GetAsync(processUrl + "?wijk=" + assendorp);
        Assert.Contains("Geveltuintjes in Assendorp", filtered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Een zebrapad bij de school", filtered.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task NewAccountsWaitTheDaysAProcessAsksBeforeTakingPart(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var manage = await staff.GetAsync(processUrl + "/beheer");
        var wrong = await staff.SubmitAsync(manage, new Dictionary<string, string> { ["Input.MinimumAccountAgeDays"] = "999" }, "#gegevens");
        Assert.Equal("Vul een getal van 0 tot en met 365 in.", wrong.FieldError("Input.MinimumAccountAgeDays"));
        var fields = HtmlClient.Values(manage, ProcessFields);
        fields["Input.MinimumAccountAgeDays"] = "30";
        var saved = await staff.SubmitAsync(manage, fields, "#gegevens");
        Assert.Contains("De gegevens zijn opgeslagen", saved.Text, StringComparison.Ordinal);

        // Demo accounts were made today: too new to propose or comment here.
        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var refused = await anna.GetAsync(processUrl + "/voorstellen/nieuw");
        Assert.Contains("Nieuwe accounts kunnen hier pas na een paar dagen meedoen", refused.Text, StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector("#voorstel"));

        // An account older than 30 days may.
        // A bulk update EF does not track tells the node's cache of signed-in people (ADR 0040), as Plein's own do.
        void Created(DateTimeOffset at) => app.WithDb(db =>
        {
            db.Users.Where(u => u.Email == Demo.Email("inwoner", "zwolle")).ExecuteUpdate(s => s.SetProperty(u => u.CreatedAt, at));
            db.Changed<PleinUser>();
            return 0;
        });
        Created(DateTimeOffset.UtcNow.AddDays(-40));
        await ProposeAsync(anna, processUrl, "Een bankje in de schaduw");
        Created(DateTimeOffset.UtcNow);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task StaffRunAProcessAndResidentsProposeSupportAndGetAnAnswer(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app);
        using var anonymous = app.Client();
        var public_ = await anonymous.GetAsync(processUrl);
        Assert.Equal(HttpStatusCode.OK, public_.Status);
        Assert.NotNull(public_.Document.QuerySelector(".plein-markdown strong"));
        Assert.Null(public_.Document.QuerySelector(".plein-markdown script"));
        Assert.NotNull(public_.Document.QuerySelector(".plein-timeline [aria-current=step]"));

        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposalUrl = await ProposeAsync(anna, processUrl, "Een klimrek voor iedereen");
        using var bram = app.Client();
        await bram.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var proposal = await bram.GetAsync(proposalUrl);
        var supported = await bram.SubmitAsync(proposal, new Dictionary<string, string>(), "#steunen");
        Assert.Contains("U steunt dit voorstel", supported.Text, StringComparison.Ordinal);
        Assert.Contains("1 keer gesteund", supported.Text, StringComparison.Ordinal);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var answer = await staff.SubmitAsync(await staff.GetAsync(proposalUrl), new Dictionary<string, string>
        {
            ["Answer.Status"] = "Aangenomen", ["Answer.Text"] = "We leggen het klimrek in het voorjaar aan.",
        }, "#antwoord");
        Assert.Contains("We leggen het klimrek", answer.Text, StringComparison.Ordinal);
        Assert.Contains("aangenomen", (await anonymous.GetAsync(proposalUrl)).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TwoHundredParallelSupportsByOnePersonStoreExactlyOne(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposalUrl = await ProposeAsync(author, processUrl, "Een bank in de schaduw");
        using var supporter = app.Client();
        await supporter.SignInAsync(Demo.Email("collegelid", "zwolle"));
        var page = await supporter.GetAsync(proposalUrl);
        var token = page.Document.QuerySelector("#steunen input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posts = Enumerable.Range(0, 200).Select(_ => supporter.Http.PostAsync(new Uri(proposalUrl + "?handler=Support", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var id = Guid.Parse(proposalUrl.Split('/')[^1]);
        Assert.Equal(1, app.WithDb(db => db.National<global::Plein.Participation.Support>().Count(s => s.ProposalId == id)));
        Assert.Equal(1, app.WithDb(db => db.National<Proposal>().AsNoTracking().Single(p => p.Id == id).SupportCount));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheSupportLimitHoldsUnderConcurrency(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app, limit: 2);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("moderator", "zwolle"));
        var urls = new List<string>();
        for (var i = 0; i < 6; i++) urls.Add(await ProposeAsync(author, processUrl, $"Voorstel nummer {i} voor de grens"));
        var ids = urls.Select(u => Guid.Parse(u.Split('/')[^1])).ToList();
        var processId = app.WithDb(db => db.National<Proposal>().Single(p => p.Id == ids[0]).ProcessId);
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("griffier", "zwolle")).Id);
        var tasks = ids.Select(async id =>
        {
            using var scope = app.Services.CreateScope();
            var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            tenant.Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "zwolle");
            var proposal = await db.Set<Proposal>().AsNoTracking().SingleAsync(p => p.Id == id);
            return await scope.ServiceProvider.GetRequiredService<SupportProposal>().RunAsync(proposal, userId, 2, CancellationToken.None);
        });
        var outcomes = await Task.WhenAll(tasks);
        Assert.Equal(2, outcomes.Count(o => o == SupportProposal.Outcome.Supported));
        Assert.Equal(2, app.WithDb(db => db.National<global::Plein.Participation.Support>().Count(s => s.ProcessId == processId && s.UserId == userId)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDatabaseKeepsTheSupportCountAndALimitCountsSupportsWithoutASlot(string provider)
    {
        var app = apps[provider];
        var processUrl = await PublishedProcessAsync(app);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(Guid.Parse((await ProposeAsync(author, processUrl, $"Teller voorstel {i} voor de trigger")).Split('/')[^1]));
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("collegelid", "zwolle")).Id);
        async Task<SupportProposal.Outcome> SupportAsync(Guid id, int? limit)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "zwolle");
            var proposal = await db.Set<Proposal>().AsNoTracking().SingleAsync(p => p.Id == id);
            return await scope.ServiceProvider.GetRequiredService<SupportProposal>().RunAsync(proposal, userId, limit, CancellationToken.None);
        }
        int Count(Guid id) => app.WithDb(db => db.National<Proposal>().AsNoTracking().Single(p => p.Id == id).SupportCount);

        // Without a limit a support takes no slot; under a later limit of 2 it still counts.
        Assert.Equal(SupportProposal.Outcome.Supported, await SupportAsync(ids[0], limit: null));
        Assert.Null(app.WithDb(db => db.National<global::Plein.Participation.Support>().Single(s => s.ProposalId == ids[0] && s.UserId == userId).Slot));
        Assert.Equal(SupportProposal.Outcome.Supported, await SupportAsync(ids[1], limit: 2));
        Assert.Equal(SupportProposal.Outcome.LimitReached, await SupportAsync(ids[2], limit: 2));
        Assert.Equal("1 1 0", string.Join(" ", ids.Select(Count)));

        // Whatever removes a support (an erasure, a moderator) leaves the count right.
        app.WithDb(db => db.National<global::Plein.Participation.Support>().Where(s => s.ProposalId == ids[0]).ExecuteDelete());
        Assert.Equal(0, Count(ids[0]));
    }

    [Fact]
    public async Task APhaseClosedForSupportRefusesWithAClearMessage()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await PublishedProcessAsync(app, supportOpen: false);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposalUrl = await ProposeAsync(author, processUrl, "Een voorstel zonder steunfase");
        using var other = app.Client();
        await other.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var page = await other.GetAsync(proposalUrl);
        Assert.Null(page.Document.QuerySelector("#steunen"));
        Assert.Contains("In deze fase kunt u voorstellen niet steunen", page.Text, StringComparison.Ordinal);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await other.PostAsync(proposalUrl + "?handler=Support", [new("__RequestVerificationToken", token)]);
        Assert.Contains("In deze fase kunt u voorstellen niet steunen", forced.Text, StringComparison.Ordinal);
        var id = Guid.Parse(proposalUrl.Split('/')[^1]);
        Assert.Equal(0, app.WithDb(db => db.National<global::Plein.Participation.Support>().Count(s => s.ProposalId == id)));
    }

    [Fact]
    public async Task DraftsAreHiddenFromResidentsAndTheAuthorCanWithdraw()
    {
        var app = apps[PleinApp.Sqlite];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var form = await staff.GetAsync("/zwolle/participatie/nieuw");
        var draft = await staff.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Geheim concept", ["Input.Summary"] = "Nog niet klaar", ["Input.Level"] = "informeren",
        }, "#proces");
        var draftUrl = draft.Response.RequestMessage!.RequestUri!.AbsolutePath.Replace("/beheer", "", StringComparison.Ordinal);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(draftUrl)).Status);
        Assert.DoesNotContain("Geheim concept", (await resident.GetAsync("/zwolle/participatie")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync(draftUrl + "/beheer")).Status);
        // Staff see the draft, so the node keeps its page frame (ADR 0040); publishing shows it to residents at once.
        Assert.Contains("Geheim concept", (await staff.GetAsync(draftUrl)).Text, StringComparison.Ordinal);
        var published = await staff.SubmitAsync(await staff.GetAsync(draftUrl + "/beheer"), new Dictionary<string, string>(), "form[action$='handler=Publish']");
        Assert.Contains("Het proces is gepubliceerd", published.Text, StringComparison.Ordinal);
        Assert.Contains("Geheim concept", (await resident.GetAsync(draftUrl)).Text, StringComparison.Ordinal);

        var processUrl = await PublishedProcessAsync(app);
        var proposalUrl = await ProposeAsync(resident, processUrl, "Dit trek ik weer in");
        var withdrawn = await resident.SubmitAsync(await resident.GetAsync(proposalUrl), new Dictionary<string, string>(), "form[action$='handler=Withdraw']");
        Assert.Contains("Uw voorstel is ingetrokken", withdrawn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit trek ik weer in", (await resident.GetAsync(processUrl)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuthorEditsUntilTheFirstSupport()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await PublishedProcessAsync(app);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposalUrl = await ProposeAsync(author, processUrl, "Eerste versie van de titel");
        var edit = await author.GetAsync(proposalUrl + "/bewerken");
        var tooShort = await author.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Title"] = "Kort", ["Input.Body"] = "Te kort" }, "#voorstel");
        Assert.NotNull(tooShort.FieldError("Input.Title"));
        Assert.Equal("Te kort", tooShort.Value("Input.Body"));
        var saved = await author.SubmitAsync(tooShort, new Dictionary<string, string>
        {
            ["Input.Title"] = "Tweede versie van de titel", ["Input.Body"] = "Nu met een betere uitleg waarom dit nodig is.",
        }, "#voorstel");
        Assert.Contains("Uw voorstel is gewijzigd", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Tweede versie van de titel", saved.Text, StringComparison.Ordinal);

        using var supporter = app.Client();
        await supporter.SignInAsync(Demo.Email("raadslid", "zwolle"));
        await supporter.SubmitAsync(await supporter.GetAsync(proposalUrl), new Dictionary<string, string>(), "#steunen");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync(proposalUrl + "/bewerken")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await supporter.GetAsync(proposalUrl + "/bewerken")).Status);
    }

    [Fact]
    public async Task PhasesMustNotOverlapOrEndBeforeTheyStart()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await PublishedProcessAsync(app);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var manage = await staff.GetAsync(processUrl + "/beheer");
        var today = DateTime.UtcNow.Date;
        var overlap = await staff.SubmitAsync(manage, new Dictionary<string, string>
        {
            ["Phase.Name"] = "Overlap", ["Phase.Starts"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Phase.Ends"] = today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Phase.ProposeLevel"] = "BevestigdEmail", ["Phase.SupportLevel"] = "BevestigdEmail", ["Phase.CommentLevel"] = "BevestigdEmail",
        }, "#fase");
        Assert.Contains("overlappen", overlap.FieldError("Phase.Starts"), StringComparison.Ordinal);
        var backwards = await staff.SubmitAsync(overlap, new Dictionary<string, string>
        {
            ["Phase.Name"] = "Achterstevoren", ["Phase.Starts"] = "2030-05-10", ["Phase.Ends"] = "2030-05-01",
            ["Phase.ProposeLevel"] = "BevestigdEmail", ["Phase.SupportLevel"] = "Geen", ["Phase.CommentLevel"] = "BevestigdEmail",
        }, "#fase");
        Assert.Contains("vóór de eerste dag", backwards.FieldError("Phase.Ends"), StringComparison.Ordinal);
        Assert.NotNull(backwards.FieldError("Phase.SupportLevel"));
        Assert.Equal("Achterstevoren", backwards.Value("Phase.Name"));
    }
}
