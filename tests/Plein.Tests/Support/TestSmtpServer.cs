using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Plein.Tests.Support;

/// <summary>
/// A real SMTP server on a loopback port; Plein delivers to it over TCP with MailKit. The fault tests (which link this
/// file) start it on a port they chose, late, to play an SMTP server that was down.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Store store = new();
    private readonly Task running;

    public int Port { get; }
    public IReadOnlyCollection<MimeMessage> Messages => store.Messages;

    public TestSmtpServer() : this(FreePort()) { }

    public TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    /// <summary>Waits until a mail to this address arrives; the outbox sender delivers in the background.</summary>
    public async Task<MimeMessage> WaitForMailToAsync(string to, int skip = 0, TimeSpan? timeout = null, string? subjectStart = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < until)
        {
            if (running.IsFaulted) throw running.Exception!;
            var found = store.Messages.Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, to, StringComparison.OrdinalIgnoreCase))
                && (subjectStart is null || (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal))).Skip(skip).FirstOrDefault();
            if (found is not null) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail to {to} arrived.");
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        stop.Cancel();
        stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
