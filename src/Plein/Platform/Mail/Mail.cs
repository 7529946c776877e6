using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Plein.Data;

namespace Plein.Platform.Mail;

internal sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Smtp, or Pickup: write .eml files to PickupDirectory (the Development default).</summary>
    public string Mode { get; set; } = "Pickup";
    public string PickupDirectory { get; set; } = "data/mail";
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Plein <noreply@plein.localhost>";
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Queues a mail in the caller's unit of work; it is sent after the change is saved.</summary>
internal sealed class Mailer(PleinDb db, TimeProvider clock, OutboxSignal signal)
{
    /// <summary>The same message to every programme staff member (each address once), such as a new request for them.</summary>
    public async Task EnqueueToProgrammeStaffAsync(string subject, string textBody, CancellationToken ct)
    {
        // Programme staff are members of the programme office: a national read by design.
        var staff = await (from m in db.National<Accounts.Membership>() join u in db.Users on m.UserId equals u.Id where m.Role == Accounts.Role.Programmamedewerker select u.Email).ToListAsync(ct);
        foreach (var email in staff.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)) Enqueue(email, subject, textBody);
    }

    public void Enqueue(string to, string subject, string textBody)
    {
        var now = clock.GetUtcNow();
        db.Outbox.Add(new OutboxMessage { Id = Guid.NewGuid(), To = to, Subject = subject, TextBody = textBody, CreatedAt = now, NextAttemptAt = now });
        signal.Wake();
    }
}

internal sealed class OutboxSignal : WakeSignal;

/// <summary>Delivers the outbox. Each message is claimed with a conditional update, so several nodes never send it twice.</summary>
internal sealed class OutboxSender(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, OutboxSignal signal, TimeProvider clock, ILogger<OutboxSender> log, IHostEnvironment env) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await SendDueAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Outbox round failed"); }
            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var now = clock.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.SentAt == null && m.Attempts < OutboxMessage.MaxAttempts && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Take(50).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            var lockUntil = now.AddMinutes(2);
            var (previousLock, attempts) = (message.LockedUntil, message.Attempts);
            // Claimed only if no other node has touched it since we read it.
            var claimed = await db.Outbox.Where(m => m.Id == message.Id && m.LockedUntil == previousLock && m.Attempts == attempts && m.SentAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockUntil), ct);
            if (claimed == 0) continue;
            // The claim went straight to the database; the tracked row learns it, so that clearing the lock after a
            // failure is saved too (else the lock outlived the back-off and the first retries came two minutes late).
            db.Entry(message).Property(m => m.LockedUntil).OriginalValue = lockUntil;
            message.LockedUntil = lockUntil;
            try
            {
                await DeliverAsync(message, ct);
                message.SentAt = clock.GetUtcNow();
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Mail {Id} not delivered (attempt {Attempt}): {Error}", message.Id, message.Attempts + 1, e.Message);
                message.Failed(e.Message, clock.GetUtcNow());
            }
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(o.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@plein";
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        if (string.Equals(o.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(o.Host, o.Port, o.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (o.UserName is not null) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(true, ct);
        }
        else
        {
            var directory = Path.Combine(env.ContentRootPath, o.PickupDirectory);
            Directory.CreateDirectory(directory);
            await mime.WriteToAsync(Path.Combine(directory, $"{clock.GetUtcNow():yyyyMMddHHmmss}-{message.Id:N}.eml"), ct);
        }
    }
}
