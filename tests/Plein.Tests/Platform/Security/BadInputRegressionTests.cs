using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Security;

/// <summary>The server errors the generated bad input found, one case each, so they stay fixed.</summary>
[Collection(AppCollection.Name)]
public sealed class BadInputRegressionTests(Apps apps)
{
    private static async Task<string> TokenAsync(HtmlClient client) =>
        (await client.GetAsync("/account/inloggen")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static ByteArrayContent Form(string encoded, string type = "application/x-www-form-urlencoded")
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(encoded));
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    /// <param name="tokenInHeader">With the token in the header, antiforgery does not read the form: the endpoint itself does.</param>
    [Theory]
    [InlineData("abc%00def", false)]
    [InlineData("abc%00def", true)]
    [InlineData("%C3%28%FF", true)]
    [InlineData("OVERSIZED", false)]
    [InlineData("OVERSIZED", true)]
    public async Task TheLanguageSwitchRefusesAFormItCannotRead(string terug, bool tokenInHeader)
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var token = await TokenAsync(client);
        var value = terug == "OVERSIZED" ? new string('x', 4_200_000) : terug;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/taal", UriKind.Relative)) { Content = Form($"__RequestVerificationToken={Uri.EscapeDataString(token)}&taal=en&terug={value}") };
        if (tokenInHeader) request.Headers.Add("X-CSRF-TOKEN", token);
        var answer = await client.Http.SendAsync(request);
        Assert.True(answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"{(int)answer.StatusCode}");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task TheCouncilApiRefusesAMeetingDateAtTheEdgeOfTime(string date)
    {
        using var client = apps[PleinApp.Sqlite].Client();
        var answer = await client.Http.GetAsync(new Uri($"/api/v1/zwolle/raadsinformatie/vergaderingen?vergaderdatum={date}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Kies een datum tussen 1900 en 9999.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task ASurveyPostedAsAnotherContentTypeIsABadRequest(string type)
    {
        var app = apps[PleinApp.Sqlite];
        var survey = app.WithDb(db => db.National<global::Plein.Platform.Surveys.Survey>().First(s => s.Published && s.ParentId != null));
        var slug = app.WithDb(db => db.Organisations.Single(o => o.Id == survey.OrganisationId).Slug);
        using var client = app.Client();
        var token = await TokenAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/{slug}/vragenlijsten/{survey.Id}", UriKind.Relative)) { Content = Form("{\"a\":1}", type) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var answer = await client.Http.SendAsync(request);
        Assert.True((int)answer.StatusCode < 500, $"{(int)answer.StatusCode}");
    }
}
