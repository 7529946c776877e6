using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Plein.Tests.Support;

namespace Plein.Tests.Participation.Notifications;

[Collection(AppCollection.Name)]
public sealed partial class NotificationTests(Apps apps)
{
    [GeneratedRegex(@"https?://\S+/meldingen/afmelden\?t=\S+")]
    private static partial Regex UnsubscribeLink();

    [Fact]
    public async Task FollowersHearOfTheAnswerAndUnsubscribeWithOneClick()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var author = app.Client();
        var email = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, author);
        await author.SignInAsync(email, "een lange zin als wachtwoord");
        var proposalUrl = await ProposalFlowTests.ProposeAsync(author, processUrl, "Voorstel dat ik volg");
        var page = await author.GetAsync(proposalUrl);
        Assert.Contains("Niet meer volgen", page.Document.QuerySelector("#volgen")!.TextContent, StringComparison.Ordinal);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        await staff.SubmitAsync(await staff.GetAsync(proposalUrl), new Dictionary<string, string> { ["Answer.Status"] = "InBehandeling", ["Answer.Text"] = "We kijken ernaar." }, "#antwoord");
        var mail = await app.Smtp.WaitForMailToAsync(email, skip: 1);
        Assert.StartsWith("Antwoord op het voorstel", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("in behandeling", mail.TextBody, StringComparison.Ordinal);

        using var anonymous = app.Client();
        var link = new Uri(UnsubscribeLink().Match(mail.TextBody!).Value);
        var confirm = await anonymous.GetAsync(link.PathAndQuery);
        var done = await anonymous.SubmitAsync(confirm, new Dictionary<string, string>());
        Assert.Contains("U bent afgemeld", done.Text, StringComparison.Ordinal);

        await staff.SubmitAsync(await staff.GetAsync(proposalUrl), new Dictionary<string, string> { ["Answer.Status"] = "Aangenomen", ["Answer.Text"] = "Het gaat door." }, "#antwoord");
        await Task.Delay(1500);
        Assert.Equal(2, app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(x => x.Address == email)));

        var forged = await anonymous.GetAsync("/meldingen/afmelden?t=vervalst");
        Assert.Contains("Deze afmeldlink klopt niet", forged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyToMyCommentReachesMeUnlessISwitchItOff()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        using var writer = app.Client();
        var email = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, writer);
        await writer.SignInAsync(email, "een lange zin als wachtwoord");
        var proposalUrl = await ProposalFlowTests.ProposeAsync(writer, processUrl, "Voorstel met gesprek");
        var withComment = await writer.SubmitAsync(await writer.GetAsync(proposalUrl), new Dictionary<string, string> { ["NewComment.Body"] = "Wat vinden jullie?" }, "#reageren");
        var replyUrl = withComment.Document.QuerySelector("a[href$='/reageren']")!.GetAttribute("href")!;

        using var other = app.Client();
        await other.SignInAsync(Demo.Email("raadslid", "zwolle"));
        await other.SubmitAsync(await other.GetAsync(replyUrl), new Dictionary<string, string> { ["Input.Body"] = "Goed plan!" }, "#reageren");
        var mail = await app.Smtp.WaitForMailToAsync(email, skip: 1);
        Assert.StartsWith("Nieuw antwoord op uw reactie", mail.Subject, StringComparison.Ordinal);

        var preferences = await writer.GetAsync("/account/meldingen");
        var saved = await writer.SubmitAsync(preferences, new Dictionary<string, string> { ["Answers"] = "true" }, "#meldingen");
        Assert.Contains("Uw keuzes zijn opgeslagen", saved.Text, StringComparison.Ordinal);
        Assert.Null(saved.Document.QuerySelector("#Replies[checked]"));
        await other.SubmitAsync(await other.GetAsync(replyUrl), new Dictionary<string, string> { ["Input.Body"] = "Nog iets" }, "#reageren");
        await Task.Delay(1500);
        Assert.Equal(2, app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(x => x.Address == email)));
    }

    [Fact]
    public async Task FollowersHearOnceThatANewPhaseBeganUnlessTheySwitchItOff()
    {
        var app = apps[PleinApp.Sqlite];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        var processId = Guid.Parse(processUrl.Split('/')[^1]);
        var title = app.WithDb(db => db.National<global::Plein.Participation.Process>().Single(p => p.Id == processId).Title);
        using var author = app.Client();
        var email = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, author);
        await author.SignInAsync(email, "een lange zin als wachtwoord");
        await ProposalFlowTests.ProposeAsync(author, processUrl, "Voorstel in een fase");
        using var quiet = app.Client();
        var quietEmail = await Platform.Accounts.AccountFlowTests.RegisteredAsync(app, quiet);
        await quiet.SignInAsync(quietEmail, "een lange zin als wachtwoord");
        await ProposalFlowTests.ProposeAsync(quiet, processUrl, "Nog een voorstel in een fase");
        var preferences = await quiet.GetAsync("/account/meldingen");
        await quiet.SubmitAsync(preferences, new Dictionary<string, string> { ["Answers"] = "true", ["Replies"] = "true" }, "#meldingen");

        var announcer = app.Services.GetRequiredService<global::Plein.Participation.Notifications.PhaseAnnouncer>();
        Assert.True(await announcer.RunAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await announcer.RunAsync(CancellationToken.None));
        var mail = await app.Smtp.WaitForMailToAsync(email, skip: 1);
        Assert.Equal($"Nieuwe fase in '{title}': Ideeën", mail.Subject);
        Assert.Contains("In deze fase kunt u: voorstellen doen, voorstellen steunen, reageren.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(processUrl, mail.TextBody, StringComparison.Ordinal);
        Assert.Matches(UnsubscribeLink(), mail.TextBody);
        await Task.Delay(1000);
        Assert.Equal(1, app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(x => x.Address == email) && (m.Subject ?? "").StartsWith("Nieuwe fase", StringComparison.Ordinal)));
        Assert.DoesNotContain(app.Smtp.Messages, m => m.To.Mailboxes.Any(x => x.Address == quietEmail) && (m.Subject ?? "").StartsWith("Nieuwe fase", StringComparison.Ordinal));
    }
}
