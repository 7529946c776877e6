using Microsoft.Playwright;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;

namespace Plein.Browser.Flows;

/// <summary>
/// A whole digital council meeting in the browser: the griffier records presence, three members register and vote at
/// the same time from their own browsers (one with the keyboard alone), the chair watches the live tally and closes
/// the vote, and the public sees every member's vote.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DigitalMeetingTests(BrowserFixture fx)
{
    [Fact]
    public async Task QuorumThreeMembersVotingAtOnceAndThePublicResult()
    {
        var (meetingId, itemId, motionId, others) = NewMeeting();
        var room = $"/zwolle/raad/vergaderingen/{meetingId}/zaal";

        var griffier = await fx.NewPageAsync();
        await SignIn.AsAdminAsync(griffier, "griffier.zwolle@demo.plein.nl");
        await griffier.GotoAsync(room);
        foreach (var person in others.Take(12)) await griffier.Locator($"#Present-{person}").CheckAsync();
        await griffier.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid opslaan" }).ClickAsync();
        await Assertions.Expect(griffier.GetByText("12 van de 29 leden")).ToBeVisibleAsync();
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(griffier);

        var members = new List<IPage>();
        foreach (var email in new[] { "raadslid", "raadslid2", "raadslid3" })
        {
            var member = await fx.NewPageAsync();
            await SignIn.AsMemberAsync(member, $"{email}.zwolle@demo.plein.nl");
            await member.GotoAsync(room);
            await member.GetByRole(AriaRole.Button, new() { Name = "Aanmelden als aanwezig" }).ClickAsync();
            await Assertions.Expect(member.Locator("main")).ToContainTextAsync("U bent aangemeld als aanwezig,");
            members.Add(member);
        }
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(members[0]);

        var chair = await fx.NewPageAsync();
        await SignIn.AsMemberAsync(chair, "collegelid.zwolle@demo.plein.nl");
        await chair.GotoAsync(room);
        await Assertions.Expect(chair.GetByText("15 van de 29 leden")).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Vergadering openen" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("De vergadering is geopend.")).ToBeVisibleAsync();
        await chair.GetByLabel("Agendapunt").SelectOptionAsync(itemId.ToString());
        await chair.GetByLabel("Stuk waarover wordt gestemd").SelectOptionAsync(motionId.ToString());
        await chair.GetByLabel("digitaal: elk lid stemt vanaf het eigen account").CheckAsync();
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemming openen" }).Last.ClickAsync();
        await Assertions.Expect(chair.GetByText("De stemming is geopend.")).ToBeVisibleAsync();
        await Assertions.Expect(chair.Locator("[data-count=uitgebracht]")).ToHaveTextAsync("0");

        // Two members click, the third uses the keyboard alone; all at the same moment.
        foreach (var member in members) await member.ReloadAsync();
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(members[1]);
        await Task.WhenAll(
            VoteByMouseAsync(members[0], "voor"),
            VoteByMouseAsync(members[1], "tegen"),
            VoteByKeyboardAsync(members[2]));
        await Assertions.Expect(members[0].Locator("#mijn-stem")).ToContainTextAsync("Uw stem is vastgelegd als: voor.");
        await Assertions.Expect(members[1].Locator("#mijn-stem")).ToContainTextAsync("Uw stem is vastgelegd als: tegen.");
        await Assertions.Expect(members[2].Locator("#mijn-stem")).ToContainTextAsync("Uw stem is vastgelegd als: voor.");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(members[2]);

        // The chair's tally follows without a reload (server-sent events).
        await Assertions.Expect(chair.Locator("[data-count=uitgebracht]")).ToHaveTextAsync("3", new() { Timeout = 10_000 });
        await Assertions.Expect(chair.Locator("[data-count=voor]")).ToHaveTextAsync("2");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemming sluiten" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("De stemming is gesloten. De uitslag is openbaar.")).ToBeVisibleAsync();

        var visitor = await fx.NewPageAsync();
        await visitor.GotoAsync($"/zwolle/raad/vergaderingen/{meetingId}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = $"Motie browser {meetingId:N}" }).Last.ClickAsync();
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("aangenomen met 2 stemmen voor en 1 tegen");
        var rows = visitor.Locator("table", new() { Has = visitor.GetByText("Hoe elk lid stemde") }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(29);
        await Assertions.Expect(rows.Filter(new() { HasText = "Gerard Scholten" })).ToContainTextAsync("tegen");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(visitor);
    }

    private static async Task VoteByMouseAsync(IPage member, string choice)
    {
        await member.GetByLabel(choice, new() { Exact = true }).CheckAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Stem uitbrengen" }).ClickAsync();
    }

    private static async Task VoteByKeyboardAsync(IPage member)
    {
        await KeyboardAndNoScriptTests.TabToAsync(member, "#Choice");
        await member.Keyboard.PressAsync("Space");
        await KeyboardAndNoScriptTests.TabToAsync(member, "Stem uitbrengen");
        await member.Keyboard.PressAsync("Enter");
    }

    /// <summary>A meeting of its own for this test, with a motion to vote on, and the members without a demo account.</summary>
    private (Guid Meeting, Guid Item, Guid Motion, List<Guid> Others) NewMeeting() => fx.App.WithDb(db =>
    {
        var zwolle = db.Organisations.Single(o => o.Slug == "zwolle").Id;
        var raad = db.National<CouncilBody>().Single(b => b.OrganisationId == zwolle && b.Code == "RAAD");
        var day = global::Plein.Platform.Tenancy.Organisation.Today;
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, BodyId = raad.Id, Type = MeetingType.Raadsvergadering, Name = "Digitale raad (browser)", IsDigital = true,
            LivestreamUrl = "https://live.example/zwolle", Status = MeetingStatus.Gepland, UpdatedAt = DateTimeOffset.UtcNow,
            PlannedStart = global::Plein.Platform.Audit.AuditText.FromLocal(day, new TimeOnly(19, 30)), PlannedEnd = global::Plein.Platform.Audit.AuditText.FromLocal(day, new TimeOnly(23, 0)),
        };
        var item = new AgendaItem { Id = Guid.NewGuid(), OrganisationId = zwolle, MeetingId = meeting.Id, Order = 1, Label = "1", Title = "Moties" };
        var motion = new CouncilDocument
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, AgendaItemId = item.Id, Kind = DocumentKind.Motie, Title = $"Motie browser {meeting.Id:N}", Text = "De raad verzoekt het college iets.",
            MotionType = MotionType.Overig, Status = MotionStatus.Ingediend, SubmittedOn = day, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(meeting, item, motion);
        db.SaveChanges();
        var seats = db.National<BodyMembership>().Where(m => m.BodyId == raad.Id && !m.IsChair).Select(m => m.PersonId).ToList();
        var others = db.National<CouncilPerson>().Where(p => seats.Contains(p.Id) && p.UserId == null).OrderBy(p => p.Name).Select(p => p.Id).ToList();
        return (meeting.Id, item.Id, motion.Id, others);
    });
}
