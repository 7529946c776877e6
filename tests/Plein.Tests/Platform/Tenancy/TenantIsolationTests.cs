using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Tenancy;

/// <summary>A beheerder of Zwolle walks every organisation route of Provincie Overijssel: nothing to read, nothing to change.</summary>
[Collection(AppCollection.Name)]
public sealed class TenantIsolationTests(Apps apps)
{
    private const string Own = "zwolle";
    private const string Other = "provincie-overijssel";

    /// <summary>Routes anyone may see for any organisation. A new organisation route must be added here on purpose.</summary>
    private static readonly HashSet<string> PublicRoutes = ["{org}", "{org}/thema.css", "{org}/logo", "{org}/inloggen", "{org}/inloggen/klaar"];

    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryOrganisationRouteRefusesAMemberOfAnotherOrganisation(string provider)
    {
        var app = apps[provider];
        using var client = app.Client();
        await client.SignInAsync(Demo.Email("beheerder", Own));
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

        foreach (var route in routes)
        {
            var url = "/" + route.Replace("{org}", Other, StringComparison.Ordinal);
            var get = await client.GetAsync(url, follow: false);
            if (PublicRoutes.Contains(route))
            {
                Assert.True(get.Status is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"GET {url} answered {(int)get.Status}");
                foreach (var email in otherEmails) Assert.DoesNotContain(email!, get.Html, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.True(get.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                    $"GET {url} answered {(int)get.Status}");
            }
            if (PublicRoutes.Contains(route)) continue;
            foreach (var handler in new[] { "", "?handler=Remove", "?handler=Disable" })
            {
                var post = await client.PostAsync(url + handler, [new("__RequestVerificationToken", token), new("Input.Email", Demo.Email("inwoner", Own)), new("Input.Role", "beheerder"), new("membershipId", Guid.NewGuid().ToString())], follow: false);
                Assert.True(post.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest,
                    $"POST {url}{handler} answered {(int)post.Status}");
            }
        }
        Assert.Equal(before, Snapshot(app));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheSameMemberCanManageTheirOwnOrganisation(string provider)
    {
        using var client = apps[provider].Client();
        await client.SignInAsync(Demo.Email("beheerder", Own));
        var page = await client.GetAsync($"/{Own}/beheer/leden");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Demo.Email("inwoner", Own), page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Email("inwoner", "overijssel"), page.Text, StringComparison.Ordinal);
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

    private static List<string> OrganisationRoutes(PleinApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("{org}", StringComparison.Ordinal))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\{(?!org\})[^}]+\}", Guid.NewGuid().ToString()))
            .Distinct().ToList();

    private static (int Memberships, int Audit, int Files) Snapshot(PleinApp app) => app.WithDb(db =>
        (db.National<Membership>().Count(), db.National<global::Plein.Platform.Audit.AuditEntry>().Count(), db.National<global::Plein.Platform.Files.StoredFile>().Count()));
}
