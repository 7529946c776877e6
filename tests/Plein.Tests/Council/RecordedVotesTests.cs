using Microsoft.EntityFrameworkCore;
using Plein.Council.Voting;
using Plein.Tests.Support;

namespace Plein.Tests.Council;

/// <summary>Where the law keeps votes off the screen, the griffier records them: a roll call, and a paper vote on persons.</summary>
[Collection(AppCollection.Name)]
public sealed class RecordedVotesTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AClosedMeetingVotesByRollCallAndOnPersonsOnPaper(string provider)
    {
        var app = apps[provider];
        var meeting = CouncilSetup.NewMeeting(app, $"Besloten raad {provider}", digital: false, closed: true);
        var room = meeting.Url + "/zaal";
        var present = CouncilSetup.Members(app).Take(16).ToList();
        using var griffier = app.Client();
        await griffier.SignInAsync(Demo.Email("griffier", "zwolle"));
        var page = await CouncilSetup.MarkPresentAsync(griffier, await griffier.GetAsync(room), room, present.Select(m => m.PersonId));
        page = await griffier.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=OpenMeeting']");
        Assert.Contains("De vergadering is geopend.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Dit is een besloten vergadering.", page.Text, StringComparison.Ordinal);

        var item = meeting.MotionItemId.ToString();
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Vote.ItemId"] = item, ["Vote.Method"] = "Digitaal" }, "#stemming-openen");
        Assert.Contains("In een besloten vergadering of bij een besloten agendapunt wordt niet digitaal gestemd.", page.Text, StringComparison.Ordinal);
        Assert.Equal("Digitaal", page.Document.QuerySelector("input[name='Vote.Method'][checked]")?.GetAttribute("value"));
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Vote.ItemId"] = meeting.AppointmentItemId.ToString(), ["Vote.Method"] = "Hoofdelijk", ["Vote.OnPersons"] = "true" }, "#stemming-openen");
        Assert.Contains("Over personen wordt niet digitaal of hoofdelijk gestemd", page.Text, StringComparison.Ordinal);

        // Roll call: every present member's answer is needed, then the vote closes with its result.
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Vote.ItemId"] = item, ["Vote.DocumentId"] = meeting.MotionId.ToString(), ["Vote.Method"] = "Hoofdelijk" }, "#stemming-openen");
        Assert.Contains("De stemming is geopend.", page.Text, StringComparison.Ordinal);
        var opened = app.WithDb(db => db.National<CouncilVote>().Single(v => v.MeetingId == meeting.Id).Id.ToString());
        var answers = present.Select((m, i) => new KeyValuePair<string, string>($"RollCall[{m.PersonId}]", i < 7 ? "Voor" : "Tegen")).Append(new("VoteId", opened)).ToList();
        var partial = await griffier.PostAsync(room + "?handler=RollCall", [new("__RequestVerificationToken", CouncilSetup.Token(page)), .. answers.Skip(1)]);
        Assert.Contains("Vul voor elk aanwezig lid in hoe het stemde.", partial.Text, StringComparison.Ordinal);
        page = await griffier.PostAsync(room + "?handler=RollCall", [new("__RequestVerificationToken", CouncilSetup.Token(page)), .. answers]);
        Assert.Contains("De hoofdelijke stemming is vastgelegd en gesloten.", page.Text, StringComparison.Ordinal);
        var rollCall = app.WithDb(db => db.National<CouncilVote>().Single(v => v.MeetingId == meeting.Id));
        Assert.Equal(VoteOutcome.Tegen, rollCall.Outcome);
        Assert.Equal(16, app.WithDb(db => db.National<CastVote>().Count(c => c.VoteId == rollCall.Id)));

        // A vote on persons: on paper; the griffier records the count per candidate.
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Vote.ItemId"] = meeting.AppointmentItemId.ToString(), ["Vote.Method"] = "Schriftelijk", ["Vote.OnPersons"] = "true" }, "#stemming-openen");
        Assert.Contains("De stemming is geopend.", page.Text, StringComparison.Ordinal);
        var refused = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Candidates"] = "J. de Vries 12", ["PaperResult"] = "" }, "#schriftelijk");
        Assert.Equal("Schrijf per regel een kandidaat en het aantal stemmen, bijvoorbeeld: J. de Vries: 17", refused.FieldError("Candidates"));
        Assert.Equal("J. de Vries 12", refused.Value("Candidates"));
        page = await griffier.SubmitAsync(page, new Dictionary<string, string> { ["Candidates"] = "J. de Vries: 12\nA. Bakker: 4", ["PaperResult"] = "Benoemd is J. de Vries." }, "#schriftelijk");
        Assert.Contains("De uitslag van de schriftelijke stemming is vastgelegd.", page.Text, StringComparison.Ordinal);
        var paper = app.WithDb(db => db.National<CouncilVote>().Single(v => v.MeetingId == meeting.Id && v.OnPersons));
        Assert.Equal("Benoemd is J. de Vries.", paper.PaperResult);
        Assert.NotNull(paper.ClosedAt);
        using var anonymous = app.Client();
        var result = await anonymous.GetAsync($"/zwolle/raad/stemmingen/{paper.Id}");
        Assert.Contains("Alleen het aantal stemmen per kandidaat is openbaar.", result.Text, StringComparison.Ordinal);
        Assert.Contains("A. Bakker", result.Text, StringComparison.Ordinal);

        var closedVote = await anonymous.GetAsync($"/zwolle/raad/stemmingen/{rollCall.Id}");
        Assert.Contains("Alleen de uitslag is openbaar.", closedVote.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(present[0].Name, closedVote.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(rollCall.Subject, (await anonymous.GetAsync($"/zwolle/raad/leden/{present[0].PersonId}")).Text, StringComparison.Ordinal);

        // In a closed meeting the individual votes stay out of the open data.
        var stemmen = await anonymous.Http.GetStringAsync($"/api/v1/zwolle/raadsinformatie/stemmen?stemming={rollCall.Id}");
        Assert.Contains("\"results\":[]", stemmen, StringComparison.Ordinal);
    }
}
