using System.Text.Json;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

[Collection(AppCollection.Name)]
public sealed class ParticipationPersonalDataTests(Apps apps)
{
    [Fact]
    public async Task ContributionsAreInTheExportAndStayAfterDeletionUnderDeletedUser()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var client = app.Client();
        var email = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, client);
        await client.SignInAsync(email, "een lange zin als wachtwoord");
        var proposalUrl = await ProposalFlowTests.ProposeAsync(client, processUrl, "Mijn eigen voorstel voor de export");

        var download = await client.GetAsync("/account/mijn-gegevens");
        var token = download.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.Http.PostAsync(new Uri("/account/mijn-gegevens", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var proposals = export.GetProperty("modules").GetProperty("participatie").GetProperty("proposals");
        Assert.Contains(proposals.EnumerateArray(), p => p.GetProperty("title").GetString() == "Mijn eigen voorstel voor de export");

        var delete = await client.GetAsync("/account/verwijderen");
        await client.SubmitAsync(delete, new Dictionary<string, string> { ["Input.Password"] = "een lange zin als wachtwoord" });
        using var anonymous = app.Client();
        var page = await anonymous.GetAsync(proposalUrl);
        Assert.Contains("Mijn eigen voorstel voor de export", page.Text, StringComparison.Ordinal);
        Assert.Contains("Door verwijderde gebruiker", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Testpersoon", page.Text, StringComparison.Ordinal);
    }
}
