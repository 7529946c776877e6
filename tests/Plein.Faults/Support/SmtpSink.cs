using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Plein.Faults.Support;

/// <summary>A real SMTP server on a given loopback port, started when the test says so; Plein delivers to it with MailKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Store store = new();
    private readonly Task running;

    public int Port { get; }
    public IReadOnlyCollection<MimeMessage> Messages => store.Messages;

    public SmtpSink(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public async Task<MimeMessage> WaitForMailToAsync(string to, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (running.IsFaulted) throw running.Exception!;
            var found = store.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, to, StringComparison.OrdinalIgnoreCase)));
            if (found is not null) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail to {to} arrived within {timeout.TotalSeconds:F0} s.");
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
