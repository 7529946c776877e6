using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

/// <summary>Supporting, commenting and searching through /api/v1 as a signed-in resident.</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipationApiActionTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? Type)> PostJson(HtmlClient client, string url, object body)
    {
        using var response = await client.Http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private static string Api(string proposalUrl) => "/api/v1/zwolle/voorstellen/" + proposalUrl.Split('/')[^1];

    [Theory, MemberData(nameof(Providers))]
    public async Task AResidentSupportsOnceThroughTheApi(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposal = Api(await ProposalFlowTests.ProposeAsync(author, processUrl, "Een pannakooi bij de school"));

        using var anonymous = app.Client();
        var refused = await PostJson(anonymous, proposal + "/steun", new { });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("application/problem+json", refused.Type);
        Assert.Equal("Log in om dit voorstel te steunen.", refused.Body.GetProperty("detail").GetString());

        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("raadslid", "zwolle"));
        using (var form = await resident.Http.PostAsync(new Uri(proposal + "/steun", UriKind.Relative), new FormUrlEncodedContent([])))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        var first = await PostJson(resident, proposal + "/steun", new { });
        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(1, first.Body.GetProperty("steun").GetInt32());
        var again = await PostJson(resident, proposal + "/steun", new { });
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(1, again.Body.GetProperty("steun").GetInt32());
        // Stored by one plain insert: what EF reads back is the organisation's, the process's, the person's, and now.
        var proposalId = Guid.Parse(proposal.Split('/')[^1]);
        var stored = app.WithDb(db => db.National<global::Plein.Participation.Support>().Single(s => s.ProposalId == proposalId));
        var (zwolle, process, user) = app.WithDb(db => (db.Organisations.Single(o => o.Slug == "zwolle").Id,
            db.National<global::Plein.Participation.Proposal>().Single(p => p.Id == proposalId).ProcessId, db.Users.Single(u => u.Email == Demo.Email("raadslid", "zwolle")).Id));
        Assert.Equal((zwolle, process, user, (int?)null), (stored.OrganisationId, stored.ProcessId, stored.UserId, stored.Slot));
        Assert.InRange(stored.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));

        var missing = await PostJson(resident, "/api/v1/zwolle/voorstellen/" + Guid.NewGuid() + "/steun", new { });
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        // Through another organisation's address the proposal does not exist.
        var elsewhere = await PostJson(resident, proposal.Replace("/zwolle/", "/provincie-overijssel/", StringComparison.Ordinal) + "/steun", new { });
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        using (var comments = await resident.Http.GetAsync(new Uri(proposal.Replace("/zwolle/", "/provincie-overijssel/", StringComparison.Ordinal) + "/reacties", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NotFound, comments.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AClosedPhaseRefusesSupportWithAReason(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app, supportOpen: false);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposal = Api(await ProposalFlowTests.ProposeAsync(author, processUrl, "Een trapveldje"));
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var refused = await PostJson(resident, proposal + "/steun", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("In deze fase kunt u voorstellen niet steunen.", refused.Body.GetProperty("detail").GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CommentsArePostedCheckedListedAndSearchFindsProposals(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposal = Api(await ProposalFlowTests.ProposeAsync(author, processUrl, "Waterpomp op het plein"));

        var tooShort = await PostJson(author, proposal + "/reacties", new { tekst = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.Status);
        Assert.Equal("Gebruik 2 tot 2000 tekens.", tooShort.Body.GetProperty("errors").GetProperty("tekst")[0].GetString());
        using (var broken = await author.Http.PostAsync(new Uri(proposal + "/reacties", UriKind.Relative), new StringContent("{\"tekst\": ", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
        }
        var posted = await PostJson(author, proposal + "/reacties", new { tekst = "Handig voor de bomen <script>x</script>" });
        Assert.Equal(HttpStatusCode.Created, posted.Status);
        var parent = posted.Body.GetProperty("id").GetGuid();
        var reply = await PostJson(author, proposal + "/reacties", new { tekst = "En voor de kinderen", antwoordOp = parent });
        Assert.Equal(HttpStatusCode.Created, reply.Status);
        var deeper = await PostJson(author, proposal + "/reacties", new { tekst = "Te diep", antwoordOp = reply.Body.GetProperty("id").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, deeper.Status);
        Assert.Contains("antwoordOp", deeper.Body.GetProperty("errors").EnumerateObject().Select(p => p.Name));

        using var anonymous = app.Client();
        var list = JsonDocument.Parse(await anonymous.Http.GetStringAsync(new Uri(proposal + "/reacties", UriKind.Relative))).RootElement;
        Assert.Equal(2, list.GetProperty("reacties").GetArrayLength());
        Assert.Equal(parent, list.GetProperty("reacties")[1].GetProperty("antwoordOp").GetGuid());

        var processId = processUrl.Split('/')[^1];
        var found = JsonDocument.Parse(await anonymous.Http.GetStringAsync(new Uri($"/api/v1/zwolle/processen/{processId}/voorstellen?zoek=waterpomp", UriKind.Relative))).RootElement;
        Assert.Equal("Waterpomp op het plein", found.GetProperty("voorstellen")[0].GetProperty("titel").GetString());
        using var tooLong = await anonymous.Http.GetAsync(new Uri($"/api/v1/zwolle/processen/{processId}/voorstellen?zoek={new string('a', 300)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
