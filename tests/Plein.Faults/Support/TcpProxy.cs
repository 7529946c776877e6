using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Plein.Faults.Support;

/// <summary>
/// A TCP relay between Plein and its database. <see cref="Cut"/> is a real network fault: open connections are reset
/// and new ones refused, as when the database host is gone; <see cref="Restore"/> listens on the same port again.
/// </summary>
public sealed class TcpProxy : IDisposable
{
    private readonly IPEndPoint target;
    private readonly ConcurrentDictionary<Socket, byte> open = new();
    private TcpListener? listener;
    private CancellationTokenSource? accepting;

    public int Port { get; }

    public TcpProxy(string targetHost, int targetPort)
    {
        target = new IPEndPoint(IPAddress.Parse(targetHost == "localhost" ? "127.0.0.1" : targetHost), targetPort);
        Port = PleinNode.FreePort();
        Restore();
    }

    public void Restore()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        accepting = new CancellationTokenSource();
        _ = AcceptAsync(listener, accepting.Token);
    }

    public void Cut()
    {
        accepting?.Cancel();
        listener?.Stop();
        foreach (var socket in open.Keys)
        {
            // Linger 0: the peer gets a reset, not a polite close.
            try { socket.LingerState = new LingerOption(true, 0); socket.Close(); } catch (ObjectDisposedException) { }
            open.TryRemove(socket, out _);
        }
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Socket client;
            try { client = await from.AcceptSocketAsync(ct); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            _ = RelayAsync(client, ct);
        }
    }

    private async Task RelayAsync(Socket client, CancellationToken ct)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        open[client] = 0;
        open[server] = 0;
        try
        {
            await server.ConnectAsync(target, ct);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException) { }
        finally
        {
            foreach (var s in new[] { client, server })
            {
                open.TryRemove(s, out _);
                s.Dispose();
            }
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0) return;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
    }

    public void Dispose() => Cut();
}
