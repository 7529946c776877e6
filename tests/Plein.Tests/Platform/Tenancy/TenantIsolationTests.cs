using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Tenancy;

/// <summary>
/// A beheerder of Provincie Overijssel walks every organisation route of Zwolle (filled in with Zwolle's real ids), and
/// every route of Overijssel filled in with Zwolle's ids: nothing to read that is not public, nothing to change.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TenantIsolationTests(Apps apps)
{
    private const string Own = "provincie-overijssel";
    private const string OwnShort = "overijssel";
    private const string Other = "zwolle";

    /// <summary>Routes anyone may see for any organisation. A new organisation route must be added here on purpose.</summary>
    private static readonly HashSet<string> PublicRoutes =
    [
        "{org}", "{org}/thema.css", "{org}/logo", "{org}/inloggen", "{org}/inloggen/klaar",
        "{org}/participatie", "{org}/participatie/{id:guid}", "{org}/voorstellen/{id:guid}", "{org}/participatie/{id:guid}/voorstellen/nieuw",
        "{org}/reacties/{id:guid}/reageren", "{org}/reacties/{id:guid}/melden",
        "{org}/vragenlijsten/{id:guid}", "{org}/vragenlijsten/{id:guid}/resultaten", "{org}/verificatie/postcode", "{org}/verificatie/stemcode", "{org}/participatie/{id:guid}/lijkt-op",
        "{org}/quickscan", "{org}/quickscan/{id:guid}/voor/{groep}", "{org}/quickscan/code",
        "{org}/uitdaagrecht", "{org}/uitdaagrecht/aanvraag/{id:guid?}", "{org}/uitdaagrecht/register",
        "{org}/raad", "{org}/raad/zoeken", "{org}/raad/vergaderingen/{id:guid}", "{org}/raad/vergaderingen/{id:guid}/besluitenlijst", "{org}/raad/vergaderingen/{id:guid}.ics",
        "{org}/raad/organen/{code}.ics", "{org}/raad/stemmingen/{id:guid}", "{org}/raad/stemmingen/{id:guid}/live", "{org}/raad/leden/{id:guid}", "{org}/raad/fracties/{id:guid}",
        "{org}/raad/documenten/{id:guid}", "{org}/verwerkingsregister",
    ];

    /// <summary>Actions anyone may try anywhere (their own rules, such as verification levels, are tested elsewhere).</summary>
    private static readonly HashSet<(string Route, string Handler)> PublicActions =
    [
        ("{org}/inloggen", ""), ("{org}/participatie/{id:guid}/voorstellen/nieuw", ""), ("*", "?handler=Support"), ("*", "?handler=Comment"), ("*", "?handler=Follow"),
        ("{org}/reacties/{id:guid}/reageren", ""), ("{org}/reacties/{id:guid}/melden", ""), ("{org}/vragenlijsten/{id:guid}", ""), ("{org}/verificatie/postcode", ""), ("{org}/verificatie/stemcode", ""), ("{org}/quickscan/code", ""), ("{org}/uitdaagrecht/aanvraag/{id:guid?}", ""),
    ];

    /// <summary>Every page handler there is: "" plus each OnPost{Name} of every page model in Plein.</summary>
    private static readonly string[] Handlers = [.. typeof(global::Plein.Platform.PlatformModule).Assembly.GetTypes()
        .Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t))
        .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.DeclaredOnly))
        .Select(m => System.Text.RegularExpressions.Regex.Match(m.Name, "^OnPost(?<h>[A-Z][A-Za-z]*?)(Async)?$"))
        .Where(m => m.Success && m.Groups["h"].Value != "Async").Select(m => "?handler=" + m.Groups["h"].Value).Prepend("").Distinct()];

    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryOrganisationRouteRefusesAMemberOfAnotherOrganisation(string provider)
    {
        var app = apps[provider];
        using var client = app.Client();
        await client.SignInAsync(Demo.Email("beheerder", OwnShort));
        var token = (await client.GetAsync($"/{Own}/beheer/leden")).Document
            .QuerySelector("#rol-toekennen input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var otherEmails = app.WithDb(db => (from m in db.National<Membership>()
                                             join o in db.Organisations on m.OrganisationId equals o.Id
                                             join u in db.Users on m.UserId equals u.Id
                                             where o.Slug == Other
                                             select u.Email).ToList());
        var before = Snapshot(app);
        var routes = OrganisationRoutes(app);
        Assert.Contains("{org}/beheer/leden", routes);
        var target = app.WithDb(db => db.Organisations.Single(o => o.Slug == Other).Id);
        var ids = app.WithDb(db => db.National<global::Plein.Participation.Process>().Where(p => p.OrganisationId == target).Select(p => p.Id).Take(8).ToList()
            .Concat(db.National<global::Plein.Participation.Proposal>().Where(p => p.OrganisationId == target).Select(p => p.Id).Take(8))
            .Concat(db.National<global::Plein.Participation.Comments.Comment>().Where(c => c.OrganisationId == target).Select(c => c.Id).Take(4))
            .Concat(db.National<global::Plein.Platform.Surveys.Survey>().Where(s => s.OrganisationId == target).Select(s => s.Id).Take(4))
            .Concat(db.National<global::Plein.QuickScan.Scans.Scan>().Where(s => s.OrganisationId == target).Select(s => s.Id).Take(2))
            .Concat(db.National<global::Plein.Challenges.Challenge>().Where(c => c.OrganisationId == target).Select(c => c.Id).Take(3))
            .Concat(db.National<global::Plein.Challenges.ChallengeAttachment>().Where(a => a.OrganisationId == target).Select(a => a.Id).Take(1))
            .Concat(db.National<global::Plein.Council.Meetings.Meeting>().Where(m => m.OrganisationId == target).Select(m => m.Id).Take(2))
            .Concat(db.National<global::Plein.Council.Voting.CouncilVote>().Where(v => v.OrganisationId == target).Select(v => v.Id).Take(1))
            .Concat(db.National<global::Plein.Council.People.CouncilPerson>().Where(p => p.OrganisationId == target).Select(p => p.Id).Take(1))
            .Concat(db.National<global::Plein.Council.People.Fraction>().Where(f => f.OrganisationId == target).Select(f => f.Id).Take(1))
            .Concat(db.National<global::Plein.Council.Documents.CouncilDocument>().Where(d => d.OrganisationId == target).Select(d => d.Id).Take(1)).ToList());
        Assert.NotEmpty(ids);

        using var owner = app.Client();
        await owner.SignInAsync(Demo.Email("beheerder", Other));
        foreach (var route in routes)
        {
            var relevant = await RowsOfThisRouteAsync(owner, route, ids);
            // 1. The other organisation's own pages and rows.
            foreach (var url in Fill(route, Other, relevant))
            {
                var get = await client.GetAsync(url, follow: false);
                if (PublicRoutes.Contains(route))
                {
                    Assert.True(get.Status is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"GET {url} answered {(int)get.Status}");
                    foreach (var email in otherEmails) Assert.DoesNotContain(email!, get.Html, StringComparison.OrdinalIgnoreCase);
                }
                else
                {
                    Assert.True(get.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"GET {url} answered {(int)get.Status}");
                }
                await PostEverythingAsync(client, route, url, token, allowPublicActions: true);
            }
            // 2. The other organisation's rows reached through this member's own organisation: never found.
            if (!route.Contains("{id", StringComparison.Ordinal)) continue;
            foreach (var url in Fill(route, Own, relevant))
            {
                var get = await client.GetAsync(url, follow: false);
                Assert.True(get.Status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"GET {url} shows another organisation's row: {(int)get.Status}");
                await PostEverythingAsync(client, route, url, token, allowPublicActions: false);
            }
        }
        Assert.Equal(before, Snapshot(app));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheSameMemberCanManageTheirOwnOrganisation(string provider)
    {
        using var client = apps[provider].Client();
        await client.SignInAsync(Demo.Email("beheerder", OwnShort));
        var page = await client.GetAsync($"/{Own}/beheer/leden");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Demo.Email("inwoner", OwnShort), page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Email("inwoner", "zwolle"), page.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public void TheQueryFilterShowsOnlyTheCurrentOrganisationsRows(string provider)
    {
        var app = apps[provider];
        using var scope = app.Services.CreateScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        tenant.Organisation = db.Organisations.AsNoTracking().Single(o => o.Slug == Own);
        var seen = db.Memberships.Select(m => m.OrganisationId).Distinct().ToList();
        Assert.Equal([tenant.Organisation.Id], seen);
        Assert.True(db.National<Membership>().Select(m => m.OrganisationId).Distinct().Count() >= 4);
    }

    [Fact]
    public void ARowForAnotherOrganisationCannotBeWrittenThroughTheFilteredContext()
    {
        var app = apps[PleinApp.Sqlite];
        using var scope = app.Services.CreateScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        tenant.Organisation = db.Organisations.AsNoTracking().Single(o => o.Slug == Own);
        var stranger = db.National<Membership>().AsNoTracking().First(m => m.OrganisationId != tenant.Organisation.Id);
        Assert.Null(db.Memberships.FirstOrDefault(m => m.Id == stranger.Id));
        Assert.Equal(0, db.Memberships.Where(m => m.Id == stranger.Id).ExecuteDelete());
    }

    /// <summary>Every handler at once, a few at a time: the refusals change nothing, and the snapshot at the end proves it.</summary>
    private static async Task PostEverythingAsync(HtmlClient client, string route, string url, string token, bool allowPublicActions)
    {
        using var gate = new SemaphoreSlim(6);
        await Task.WhenAll(Handlers.Where(h => !(allowPublicActions && (PublicActions.Contains((route, h)) || PublicActions.Contains(("*", h))))).Select(async handler =>
        {
            await gate.WaitAsync();
            try
            {
                var post = await client.PostAsync(url + handler, [new("__RequestVerificationToken", token), new("Input.Email", Demo.Email("inwoner", OwnShort)), new("Input.Role", "beheerder"), new("membershipId", Guid.NewGuid().ToString())], follow: false);
                Assert.True(post.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest,
                    $"POST {url}{handler} answered {(int)post.Status}");
            }
            finally { gate.Release(); }
        }));
    }

    private static List<string> OrganisationRoutes(PleinApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("{org}", StringComparison.Ordinal))
            .Distinct().ToList();

    /// <summary>
    /// The rows this route shows: those its own organisation's beheerder does not get a 404 for. A meeting id on a
    /// proposal route is simply not found, so it tests nothing; leaving such pairs out keeps the sweep fast.
    /// </summary>
    private static async Task<List<Guid>> RowsOfThisRouteAsync(HtmlClient owner, string route, List<Guid> ids)
    {
        if (route.IndexOf('{', "{org}".Length) < 0) return ids;
        var relevant = new List<Guid>();
        foreach (var id in ids)
            if ((await owner.GetAsync(Fill(route, Other, [id]).Single(), follow: false)).Status != HttpStatusCode.NotFound) relevant.Add(id);
        return relevant.Count > 0 ? relevant : [ids[0]];
    }

    /// <summary>The route for one organisation, once per known row id (the target's real rows) when it takes an id.</summary>
    private static IEnumerable<string> Fill(string route, string slug, List<Guid> ids)
    {
        var withOrg = "/" + route.Replace("{org}", slug, StringComparison.Ordinal);
        if (!withOrg.Contains('{', StringComparison.Ordinal)) return [withOrg];
        return ids.Select(id => System.Text.RegularExpressions.Regex.Replace(withOrg, @"\{[^}]+\}", id.ToString()));
    }

    private static string Snapshot(PleinApp app) => app.WithDb(db => string.Join(",",
        db.National<Membership>().Count(), db.National<global::Plein.Platform.Audit.AuditEntry>().Count(), db.National<global::Plein.Platform.Files.StoredFile>().Count(),
        db.National<global::Plein.Participation.Process>().Count(), db.National<global::Plein.Participation.Proposal>().Count(o => o.Status == global::Plein.Participation.ProposalStatus.Open),
        db.National<global::Plein.Participation.Support>().Count(), db.Organisations.Count(o => o.EndedOn != null),
        db.National<global::Plein.Participation.Comments.Comment>().Count(c => c.HiddenAt != null || c.DeletedAt != null),
        db.National<global::Plein.Platform.Surveys.Survey>().Count(s => s.Published), db.National<global::Plein.Platform.Surveys.SurveyResponse>().Count(),
        db.National<global::Plein.Platform.Verification.Census.CensusArea>().Count(), db.National<global::Plein.Platform.Verification.Census.AddressVerification>().Count(),
        db.National<global::Plein.Platform.Verification.VotingCodes.VotingCode>().Count(c => c.RedeemedBy != null || c.InvalidatedAt != null),
        string.Join("/", db.National<global::Plein.QuickScan.Scans.Scan>().OrderBy(s => s.Id).AsEnumerable().Select(s => $"{s.State}{s.CustomQuestions.Count}{s.AgendaNotes.Length}")),
        db.National<global::Plein.QuickScan.Scans.AgendaItem>().Count(),
        db.National<global::Plein.Platform.Verification.VotingCodes.VotingCode>().Count(c => c.RedeemedAt != null),
        string.Join("/", db.National<global::Plein.Challenges.Challenge>().OrderBy(c => c.Id).AsEnumerable().Select(c => $"{c.State}{c.HandlerId}{c.InformationRequestedOn}")),
        db.National<global::Plein.Challenges.ChallengeEvent>().Count(), db.National<global::Plein.Challenges.ChallengeAssessment>().Count(),
        string.Join("/", db.National<global::Plein.Challenges.Rules.ChallengeRules>().OrderBy(r => r.Id).AsEnumerable().Select(r => $"{r.Stage}{r.DecisionWeeks}")),
        db.National<global::Plein.Council.Voting.CastVote>().Count(), db.National<global::Plein.Council.Voting.Attendance>().Count(c => c.Until == null),
        db.National<global::Plein.Council.Voting.CouncilVote>().Count(), db.National<global::Plein.Council.Meetings.AgendaItem>().Count(i => i.Decision != null),
        db.National<global::Plein.Council.Meetings.Meeting>().Count(m => m.OpenedAt != null), db.National<global::Plein.Council.People.CouncilPerson>().Count(p => p.UserId != null),
        db.National<global::Plein.Council.Documents.CouncilDocument>().Count(d => d.Status == global::Plein.Council.Documents.MotionStatus.Ingediend)));
}
