using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Faults.Support;
using Plein.Tests.Support;

namespace Plein.Faults;

/// <summary>
/// The mail server down: a registration's confirmation mail waits in the outbox with a retry planned, and once an SMTP
/// server listens on that port again it is delivered, once, by the same running Plein.
/// </summary>
public sealed class SmtpOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Mail_waits_in_the_outbox_while_SMTP_is_down_and_is_delivered_after_recovery()
    {
        using var database = await FaultDatabase.CreateAsync(FaultDatabase.Sqlite);
        var smtpPort = PleinNode.FreePort(); // nothing listens here yet
        using var node = await PleinNode.StartAsync(database, smtpPort);
        using var http = node.Client();
        var email = $"nieuw.{Guid.NewGuid():N}@voorbeeld.nl";
        var token = await Forms.TokenAsync(http, "/account/registreren");
        using (var registered = await Forms.PostAsync(http, "/account/registreren", token,
            ("Input.DisplayName", "Nieuwe inwoner"), ("Input.Email", email), ("Input.Password", "een-lang-wachtwoord"), ("Input.ConfirmPassword", "een-lang-wachtwoord")))
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        // The sender tries at once, fails, and plans the next attempt; the mail is kept.
        var watch = Stopwatch.StartNew();
        Platform.Mail.OutboxMessage? waiting = null;
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await using var db = database.Open();
            waiting = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.To == email);
            if (waiting is { Attempts: > 0 }) break;
            await Task.Delay(100);
        }
        Assert.NotNull(waiting);
        Assert.Equal("Bevestig uw account op Plein", waiting.Subject);
        Assert.True(waiting.Attempts >= 1, "The sender did not try while SMTP was down.");
        Assert.Null(waiting.SentAt);
        Assert.NotNull(waiting.LastError);
        Assert.True(waiting.NextAttemptAt > DateTimeOffset.UtcNow, "No retry was planned.");
        Assert.Null(waiting.LockedUntil); // released, so the retry comes at NextAttemptAt

        // The mail server comes back on the same port; Plein keeps running.
        using var smtp = new TestSmtpServer(smtpPort);
        MimeKit.MimeMessage message;
        try { message = await smtp.WaitForMailToAsync(email, timeout: TimeSpan.FromSeconds(45)); }
        catch (TimeoutException)
        {
            await using var db = database.Open();
            var row = await db.Outbox.AsNoTracking().SingleAsync(m => m.To == email);
            throw new TimeoutException($"Not delivered: attempts {row.Attempts}, next {row.NextAttemptAt:O}, locked {row.LockedUntil:O}, error {row.LastError}\n{node.Output}");
        }
        Assert.Contains("/account/bevestigen?gebruiker=", message.TextBody, StringComparison.Ordinal);
        await using (var db = database.Open())
        {
            var sent = await db.Outbox.AsNoTracking().SingleAsync(m => m.To == email);
            var until = DateTime.UtcNow.AddSeconds(5);
            while (sent.SentAt is null && DateTime.UtcNow < until)
            {
                await Task.Delay(100);
                sent = await db.Outbox.AsNoTracking().SingleAsync(m => m.To == email);
            }
            Assert.NotNull(sent.SentAt);
        }
        await Task.Delay(1000);
        Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(x => x.Address == email));
        output.WriteLine($"Delivered {watch.Elapsed.TotalSeconds:F0} s after the first failed attempt ({waiting.LastError})");
    }
}
