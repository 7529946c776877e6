using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Participation.Comments;
using Plein.Tests.Support;

namespace Plein.Tests.Participation.Comments;

[Collection(AppCollection.Name)]
public sealed class CommentTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<HtmlClient.Page> CommentAsync(HtmlClient client, string proposalUrl, string body, string? honeypot = null)
    {
        var page = await client.GetAsync(proposalUrl);
        var fields = new Dictionary<string, string> { ["NewComment.Body"] = body };
        if (honeypot is not null) fields["NewComment.Website"] = honeypot;
        return await client.SubmitAsync(page, fields, "#reageren");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ResidentsCommentReplyEditAndDeleteTheirOwn(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposalUrl = await ProposalFlowTests.ProposeAsync(anna, processUrl, "Een voorstel om over te praten");
        using var bram = app.Client();
        await bram.SignInAsync(Demo.Email("raadslid", "zwolle"));

        var posted = await CommentAsync(bram, proposalUrl, "Mooi plan, <b>echt</b>.");
        Assert.Contains("Uw reactie is geplaatst", posted.Text, StringComparison.Ordinal);
        Assert.Contains("Mooi plan, <b>echt</b>.", posted.Text, StringComparison.Ordinal);
        Assert.Null(posted.Document.QuerySelector(".plein-comment__body b"));

        var replyLink = posted.Document.QuerySelector("a[href$='/reageren']")!.GetAttribute("href")!;
        var replyForm = await anna.GetAsync(replyLink);
        var replied = await anna.SubmitAsync(replyForm, new Dictionary<string, string> { ["Input.Body"] = "Dank je, Bram!" }, "#reageren");
        Assert.NotNull(replied.Document.QuerySelector(".plein-comment__replies .plein-comment__body"));
        Assert.Null(replied.Document.QuerySelector(".plein-comment__replies a[href$='/reageren']"));

        var editLink = (await bram.GetAsync(proposalUrl)).Document.QuerySelector("a[href$='/wijzigen']")!.GetAttribute("href")!;
        var edited = await bram.SubmitAsync(await bram.GetAsync(editLink), new Dictionary<string, string> { ["Input.Body"] = "Mooi plan, echt waar." }, "#wijzigen");
        Assert.Contains("Mooi plan, echt waar.", edited.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.GetAsync(editLink)).Status);

        var deleted = await bram.SubmitAsync(edited, new Dictionary<string, string>(), "form[action$='handler=DeleteComment']");
        Assert.Contains("Deze reactie is verwijderd door de schrijver", deleted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mooi plan, echt waar.", deleted.Text, StringComparison.Ordinal);
        Assert.Contains("Dank je, Bram!", deleted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportedCommentsReachTheModeratorWhoHidesAndRestoresThem()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("collegelid", "zwolle"));
        var proposalUrl = await ProposalFlowTests.ProposeAsync(author, processUrl, "Voorstel met een vervelende reactie");
        await CommentAsync(author, proposalUrl, "Koop nu goedkope horloges op spam.example!");
        using var reporter = app.Client();
        await reporter.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var reportLink = (await reporter.GetAsync(proposalUrl)).Document.QuerySelector("a[href$='/melden']")!.GetAttribute("href")!;
        var reportForm = await reporter.GetAsync(reportLink);
        var wrong = await reporter.SubmitAsync(reportForm, new Dictionary<string, string> { ["Input.Reason"] = "iets anders" }, "#melden");
        Assert.Contains("Kies een reden uit de lijst", wrong.FieldError("Input.Reason"), StringComparison.Ordinal);
        await reporter.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Reason"] = "Spam of reclame" }, "#melden");
        await reporter.SubmitAsync(await reporter.GetAsync(reportLink), new Dictionary<string, string> { ["Input.Reason"] = "Spam of reclame" }, "#melden");
        var commentId = Guid.Parse(reportLink.Split('/')[^2]);
        Assert.Equal(1, app.WithDb(db => db.National<Comment>().AsNoTracking().Single(c => c.Id == commentId).ReportCount));

        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/zwolle/beheer/moderatie")).Status);
        using var moderator = app.Client();
        await moderator.SignInAsync(Demo.Email("moderator", "zwolle"));
        var queue = await moderator.GetAsync("/zwolle/beheer/moderatie");
        Assert.Contains("spam.example", queue.Text, StringComparison.Ordinal);
        var form = $"form:has(input[value='{commentId}'])";
        var noReason = await moderator.SubmitAsync(queue, new Dictionary<string, string> { ["Reason"] = "" }, form);
        Assert.Contains("Geef een reden", noReason.Document.QuerySelector("#Reason-error")?.TextContent, StringComparison.Ordinal);
        await moderator.SubmitAsync(noReason, new Dictionary<string, string> { ["Reason"] = "Reclame" }, form);
        var hidden = await reporter.GetAsync(proposalUrl);
        Assert.DoesNotContain("spam.example", hidden.Text, StringComparison.Ordinal);
        Assert.Contains("verborgen door een moderator. Reden: Reclame", hidden.Text, StringComparison.Ordinal);

        await moderator.SubmitAsync(await moderator.GetAsync("/zwolle/beheer/moderatie"), new Dictionary<string, string>(), $"form[action$='handler=Restore']:has(input[value='{commentId}'])");
        Assert.Contains("spam.example", (await reporter.GetAsync(proposalUrl)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModeratorBlocksAWriterFromTakingPartAndLiftsTheBlock()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var writer = app.Client();
        var email = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, writer);
        await writer.SignInAsync(email, "een lange zin als wachtwoord");
        var proposalUrl = await ProposalFlowTests.ProposeAsync(writer, processUrl, "Voorstel van een dwarsligger");
        await CommentAsync(writer, proposalUrl, "Iedereen hier is dom.");
        using var reporter = app.Client();
        await reporter.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var reportLink = (await reporter.GetAsync(proposalUrl)).Document.QuerySelector("a[href$='/melden']")!.GetAttribute("href")!;
        await reporter.SubmitAsync(await reporter.GetAsync(reportLink), new Dictionary<string, string> { ["Input.Reason"] = "Beledigend of discriminerend" }, "#melden");
        var commentId = reportLink.Split('/')[^2];

        using var moderator = app.Client();
        await moderator.SignInAsync(Demo.Email("moderator", "zwolle"));
        var queue = await moderator.GetAsync("/zwolle/beheer/moderatie");
        var token = queue.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var blocked = await moderator.PostAsync("/zwolle/beheer/moderatie?handler=Block", [new("__RequestVerificationToken", token), new("commentId", commentId), new("Reason", "Beledigingen")]);
        Assert.Contains("De schrijver is geblokkeerd", blocked.Text, StringComparison.Ordinal);

        var refused = await CommentAsync(writer, proposalUrl, "Nog een keer");
        Assert.Contains("geblokkeerd", refused.FieldError("NewComment.Body"), StringComparison.Ordinal);
        var propose = await writer.GetAsync(processUrl + "/voorstellen/nieuw");
        Assert.Contains("Een moderator heeft u geblokkeerd", propose.Text, StringComparison.Ordinal);

        var unblock = await moderator.SubmitAsync(await moderator.GetAsync("/zwolle/beheer/moderatie"), new Dictionary<string, string>(), "form[action$='handler=Unblock']");
        Assert.Contains("De blokkade is opgeheven", unblock.Text, StringComparison.Ordinal);
        Assert.Contains("Uw reactie is geplaatst", (await CommentAsync(writer, proposalUrl, "Sorry, dat was niet netjes.")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotsFillingTheHoneypotStoreNothingAndFloodingIsSlowedDown()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var client = app.Client();
        await client.SignInAsync(Demo.Email("griffier", "zwolle"));
        var proposalUrl = await ProposalFlowTests.ProposeAsync(client, processUrl, "Voorstel tegen spam");
        var id = Guid.Parse(proposalUrl.Split('/')[^1]);
        await CommentAsync(client, proposalUrl, "Ik ben een bot", honeypot: "https://spam.example");
        Assert.Equal(0, app.WithDb(db => db.National<Comment>().Count(c => c.ProposalId == id)));

        for (var i = 0; i < PostComment.PerMinute; i++) await CommentAsync(client, proposalUrl, $"Reactie nummer {i}");
        var refused = await CommentAsync(client, proposalUrl, "Nog eentje");
        Assert.Contains("Wacht een minuut", refused.FieldError("NewComment.Body"), StringComparison.Ordinal);
        Assert.Equal("Nog eentje", refused.Value("NewComment.Body"));
        Assert.Equal(PostComment.PerMinute, app.WithDb(db => db.National<Comment>().Count(c => c.ProposalId == id)));
    }

    [Fact]
    public async Task ThreadsAreTwoLevelsDeepAndPagedByTopLevelComment()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var client = app.Client();
        await client.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var proposalUrl = await ProposalFlowTests.ProposeAsync(client, processUrl, "Voorstel met veel reacties");
        var id = Guid.Parse(proposalUrl.Split('/')[^1]);
        var (org, author) = app.WithDb(db => (db.Organisations.Single(o => o.Slug == "zwolle").Id, db.Users.Single(u => u.Email == Demo.Email("raadslid", "zwolle")).Id));
        app.WithDb(db =>
        {
            var start = DateTimeOffset.UtcNow.AddHours(-1);
            for (var i = 0; i < 25; i++)
                db.Add(new Comment { Id = Guid.NewGuid(), OrganisationId = org, ProposalId = id, AuthorId = author, Body = $"Reactie {i:00}", CreatedAt = start.AddSeconds(i) });
            return db.SaveChanges();
        });
        var first = await client.GetAsync(proposalUrl);
        Assert.Contains("Reacties (25)", first.Text, StringComparison.Ordinal);
        Assert.Equal(20, first.Document.QuerySelectorAll("#reacties ~ .plein-comment").Length);
        var second = await client.GetAsync(proposalUrl + "?reacties=2");
        Assert.Contains("Reactie 24", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reactie 00", second.Text, StringComparison.Ordinal);

        var reply = app.WithDb(db => db.National<Comment>().First(c => c.ProposalId == id).Id);
        var replyForm = await client.GetAsync($"/zwolle/reacties/{reply}/reageren");
        await client.SubmitAsync(replyForm, new Dictionary<string, string> { ["Input.Body"] = "Een antwoord" }, "#reageren");
        var nested = app.WithDb(db => db.National<Comment>().Single(c => c.ParentId == reply).Id);
        var tooDeep = await client.GetAsync($"/zwolle/reacties/{nested}/reageren");
        var refused = await client.SubmitAsync(tooDeep, new Dictionary<string, string> { ["Input.Body"] = "Te diep" }, "#reageren");
        Assert.Contains("niet op een antwoord", refused.FieldError("Input.Body"), StringComparison.Ordinal);
    }
}
