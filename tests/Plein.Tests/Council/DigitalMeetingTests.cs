using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Voting;
using Plein.Tests.Support;

namespace Plein.Tests.Council;

/// <summary>A whole digital council meeting through the pages: presence, quorum, a vote from each member's own account, the public result.</summary>
[Collection(AppCollection.Name)]
public sealed class DigitalMeetingTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AMeetingOpensWithQuorumAndEveryMemberVotesFromTheirOwnAccount(string provider)
    {
        var app = apps[provider];
        var meeting = CouncilSetup.NewMeeting(app, $"Digitale raad {provider}");
        var room = meeting.Url + "/zaal";
        var members = CouncilSetup.Members(app);
        var withAccount = members.Where(m => m.UserId is not null).ToList();
        Assert.Equal(3, withAccount.Count);
        var others = members.Where(m => m.UserId is null).ToList();

        using var griffier = app.Client();
        await griffier.SignInAsync(Demo.Email("griffier", "zwolle"));
        var page = await CouncilSetup.MarkPresentAsync(griffier, await griffier.GetAsync(room), room, others.Take(11).Select(m => m.PersonId));
        Assert.Contains("11 van de 29 leden", page.Text, StringComparison.Ordinal);

        using var chair = app.Client();
        await chair.SignInAsync(Demo.Email("collegelid", "zwolle"));
        page = await chair.GetAsync(room);
        page = await chair.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=OpenMeeting']");
        Assert.Contains("Er zijn niet genoeg leden aanwezig", page.Text, StringComparison.Ordinal);

        // The three members with an account register their own presence: 14 of 29 is still no quorum, one more is.
        var voters = new List<HtmlClient>();
        foreach (var email in new[] { "raadslid", "raadslid2", "raadslid3" })
        {
            var client = app.Client();
            voters.Add(client);
            await client.SignInAsync(Demo.Email(email, "zwolle"));
            var own = await client.SubmitAsync(await client.GetAsync(room), new Dictionary<string, string>(), "form[action*='handler=Presence']");
            Assert.Contains("U bent aangemeld als aanwezig", own.Text, StringComparison.Ordinal);
        }
        page = await chair.SubmitAsync(await chair.GetAsync(room), new Dictionary<string, string>(), "form[action*='handler=OpenMeeting']");
        Assert.Contains("Er zijn niet genoeg leden aanwezig", page.Text, StringComparison.Ordinal);
        await CouncilSetup.MarkPresentAsync(griffier, await griffier.GetAsync(room), room, others.Take(12).Select(m => m.PersonId).Concat(withAccount.Select(m => m.PersonId)));
        page = await chair.SubmitAsync(await chair.GetAsync(room), new Dictionary<string, string>(), "form[action*='handler=OpenMeeting']");
        Assert.Contains("De vergadering is geopend.", page.Text, StringComparison.Ordinal);

        page = await chair.SubmitAsync(page, new Dictionary<string, string> { ["Vote.ItemId"] = "", ["Vote.Method"] = "Digitaal" }, "#stemming-openen");
        Assert.Equal("Kies het agendapunt waarover wordt gestemd.", page.FieldError("Vote.ItemId"));
        page = await chair.SubmitAsync(page, new Dictionary<string, string> { ["Vote.ItemId"] = meeting.MotionItemId.ToString(), ["Vote.DocumentId"] = meeting.MotionId.ToString(), ["Vote.Method"] = "Digitaal" }, "#stemming-openen");
        Assert.Contains("De stemming is geopend.", page.Text, StringComparison.Ordinal);
        var voteId = app.WithDb(db => db.National<CouncilVote>().Single(v => v.MeetingId == meeting.Id).Id);

        // Three members vote at the same moment; each then sees how their vote was recorded.
        var choices = new[] { "Voor", "Tegen", "Voor" };
        var cast = await Task.WhenAll(voters.Select(async (client, i) =>
        {
            var own = await client.GetAsync(room);
            return await client.SubmitAsync(own, new Dictionary<string, string> { ["Choice"] = choices[i] }, "#stemmen");
        }));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(cast[i].Text.Contains("Uw stem is vastgelegd.", StringComparison.Ordinal), cast[i].Document.QuerySelector("main")?.TextContent);
            Assert.Contains($"Uw stem is vastgelegd als: {choices[i].ToLowerInvariant()}.", cast[i].Text, StringComparison.Ordinal);
            Assert.Null(cast[i].Document.QuerySelector("#stemmen"));
        }
        var stale = await voters[0].PostAsync(room + "?handler=Cast", [new("__RequestVerificationToken", CouncilSetup.Token(cast[0])), new("VoteId", Guid.NewGuid().ToString()), new("Choice", "Tegen")]);
        Assert.Contains("Er is intussen een andere stemming geopend.", stale.Text, StringComparison.Ordinal);
        var again = await voters[0].PostAsync(room + "?handler=Cast", [new("__RequestVerificationToken", CouncilSetup.Token(cast[0])), new("VoteId", voteId.ToString()), new("Choice", "Tegen")]);
        Assert.Contains("U heeft al gestemd. Een stem kan niet worden veranderd.", again.Text, StringComparison.Ordinal);
        Assert.Equal(3, app.WithDb(db => db.National<CastVote>().Count(c => c.VoteId == voteId)));
        Assert.Equal("Voor", app.WithDb(db => db.National<CastVote>().Single(c => c.VoteId == voteId && c.PersonId == withAccount[0].PersonId).Choice.ToString()));

        using var anonymous = app.Client();
        var running = await anonymous.GetAsync($"/zwolle/raad/stemmingen/{voteId}");
        Assert.Contains("de stemming loopt nog", running.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(withAccount[0].Name, running.Text, StringComparison.Ordinal);
        Assert.Equal("2", running.Document.QuerySelector("[data-count=voor]")!.TextContent);
        var live = await FirstEventAsync(anonymous, $"/zwolle/raad/stemmingen/{voteId}/live");
        Assert.Equal(3, live.GetProperty("uitgebracht").GetInt32());
        Assert.False(live.GetProperty("gesloten").GetBoolean());
        // Each address holds a limited number of live streams open at once.
        var streams = new List<HttpResponseMessage>();
        for (var i = 0; i <= global::Plein.Platform.Security.RateLimits.LiveConnectionsPerClient; i++)
            streams.Add(await anonymous.Http.GetAsync(new Uri($"/zwolle/raad/stemmingen/{voteId}/live", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead));
        // (The stream read above may still count for a moment after it was closed.)
        Assert.InRange(streams.Count(r => r.StatusCode == HttpStatusCode.OK), global::Plein.Platform.Security.RateLimits.LiveConnectionsPerClient - 1, global::Plein.Platform.Security.RateLimits.LiveConnectionsPerClient);
        Assert.Equal(HttpStatusCode.TooManyRequests, streams[^1].StatusCode);
        streams.ForEach(r => r.Dispose());

        using var inwoner = app.Client();
        await inwoner.SignInAsync(Demo.Email("inwoner", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await inwoner.GetAsync(room, follow: false)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await voters[1].PostAsync(room + "?handler=CloseVote", [new("__RequestVerificationToken", CouncilSetup.Token(cast[1]))], follow: false)).Status);

        page = await chair.SubmitAsync(await chair.GetAsync(room), new Dictionary<string, string>(), "form[action*='handler=CloseVote']");
        Assert.Contains("De stemming is gesloten. De uitslag is openbaar.", page.Text, StringComparison.Ordinal);
        var late = await voters[2].PostAsync(room + "?handler=Cast", [new("__RequestVerificationToken", CouncilSetup.Token(cast[2])), new("Choice", "Tegen")]);
        Assert.Contains("Er loopt nu geen stemming.", late.Text, StringComparison.Ordinal);

        var result = await anonymous.GetAsync($"/zwolle/raad/stemmingen/{voteId}");
        Assert.Contains("aangenomen", result.Text, StringComparison.Ordinal);
        Assert.Contains("met 2 stemmen voor en 1 tegen", result.Text, StringComparison.Ordinal);
        var rows = result.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Contains("Hoe elk lid stemde", StringComparison.Ordinal)).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(29, rows.Count);
        Assert.Contains(rows, r => r.Contains(withAccount[1].Name, StringComparison.Ordinal) && r.Contains("tegen", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(others[0].Name, StringComparison.Ordinal) && r.Contains("niet gestemd", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(others[20].Name, StringComparison.Ordinal) && r.Contains("afwezig", StringComparison.Ordinal));
        Assert.Contains("hele fractie voor", result.Text, StringComparison.Ordinal);
        var fraction = result.Document.QuerySelectorAll("a[href*='/raad/fracties/']").First(a => a.TextContent == "Lokaal Zwolle").GetAttribute("href")!;
        var record = (await anonymous.GetAsync(fraction)).Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(record, r => r.Contains($"Motie Digitale raad {provider}", StringComparison.Ordinal) && r.Contains("hele fractie voor", StringComparison.Ordinal));
        Assert.Equal(MotionStatus.Aangenomen, app.WithDb(db => db.National<CouncilDocument>().Single(d => d.Id == meeting.MotionId).Status));
        Assert.Equal(1, app.WithDb(db => db.National<global::Plein.Platform.Audit.AuditEntry>().Count(a => a.Action == "raad.stemming-gesloten" && a.Subject == $"Motie Digitale raad {provider}")));

        page = await chair.SubmitAsync(await chair.GetAsync(room), new Dictionary<string, string>(), "form[action*='handler=EndMeeting']");
        Assert.Contains("De vergadering is gesloten.", page.Text, StringComparison.Ordinal);
        var decisions = await anonymous.GetAsync(meeting.Url + "/besluitenlijst");
        Assert.Contains($"Motie Digitale raad {provider}: aangenomen", decisions.Text, StringComparison.Ordinal);
        foreach (var client in voters) client.Dispose();
    }

    private static async Task<JsonElement> FirstEventAsync(HtmlClient client, string url)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return JsonDocument.Parse(line[6..]).RootElement.Clone();
        throw new InvalidOperationException("No event arrived.");
    }
}
