using System.Net;
using System.Text.Json;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Api;

[Collection(AppCollection.Name)]
public sealed class OrganisationsApiTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ListsTheWholeNationalRegister(string provider)
    {
        using var client = apps[provider].Client();
        var json = await GetJson(client, "/api/v1/organisaties?paginaGrootte=100");
        Assert.Equal(342 + 12 + 21 + 3 + 1, json.GetProperty("totaal").GetInt32());
        var gemeenten = await GetJson(client, "/api/v1/organisaties?soort=gemeente&paginaGrootte=1");
        Assert.Equal(342, gemeenten.GetProperty("totaal").GetInt32());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ShowsOneOrganisationWithItsCodeAndActivity(string provider)
    {
        using var client = apps[provider].Client();
        var zwolle = await GetJson(client, "/api/v1/organisaties/zwolle");
        Assert.Equal("GM0193", zwolle.GetProperty("code").GetString());
        Assert.Equal("gemeente", zwolle.GetProperty("soort").GetString());
        Assert.True(zwolle.GetProperty("actief").GetBoolean());
        var aalten = await GetJson(client, "/api/v1/organisaties/aalten");
        Assert.False(aalten.GetProperty("actief").GetBoolean());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryResponseCarriesTheFullApiVersion(string provider)
    {
        using var client = apps[provider].Client();
        foreach (var url in new[] { "/api/v1/organisaties", "/api/v1/organisaties/bestaat-niet", "/api/v1/openapi.json", "/api/v1/onbekend" })
        {
            using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal("1.0.0", Assert.Single(response.Headers.GetValues("API-Version")));
        }
    }

    [Theory]
    [InlineData("/api/v1/organisaties/", 404)]
    [InlineData("/api/v1/organisaties/zwolle/", 404)]
    [InlineData("/api/v1/organisaties/bestaat-niet", 404)]
    [InlineData("/api/v1/organisaties?pagina=abc", 400)]
    [InlineData("/api/v1/organisaties?pagina=-1", 400)]
    [InlineData("/api/v1/organisaties?paginaGrootte=100000", 400)]
    [InlineData("/api/v1/organisaties?soort=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 400)]
    [InlineData("/api/v1/organisaties?soort=gemeente'%20OR%201=1--", 400)]
    [InlineData("/api/v1/niets", 404)]
    public async Task BadRequestsGetAProblemInDutchNeverAServerError(string url, int status)
    {
        using var client = apps[PleinApp.Sqlite].Client();
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlInASearchIsJustText()
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var json = await GetJson(client, "/api/v1/organisaties?zoek=%27%20OR%201%3D1--");
        Assert.Equal(0, json.GetProperty("totaal").GetInt32());
    }

    [Fact]
    public async Task WritingMethodsAreRefusedAsProblems()
    {
        using var client = apps[PleinApp.Sqlite].Client();
        using var response = await client.Http.DeleteAsync(new Uri("/api/v1/organisaties/zwolle", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PublishesAnOpenApiDocumentWithContactAndServer()
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var doc = await GetJson(client, "/api/v1/openapi.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("1.0.0", doc.GetProperty("info").GetProperty("version").GetString());
        Assert.True(doc.GetProperty("paths").TryGetProperty("/organisaties", out _));
    }

    private static async Task<JsonElement> GetJson(HtmlClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
