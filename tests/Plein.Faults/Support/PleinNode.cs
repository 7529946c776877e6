using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Plein.Faults.Support;

/// <summary>
/// Plein as production runs it: the Release build in a process of its own, configured through the environment, on a
/// free port. Killing it is a real SIGKILL; what survives is what the database committed.
/// </summary>
public sealed class PleinNode : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    public Uri Address { get; }

    private PleinNode(Process process, Uri address) => (this.process, Address) = (process, address);

    public static string Root { get; } = FindRoot();

    /// <summary>Starts Plein on <paramref name="database"/> and waits until it answers.</summary>
    public static async Task<PleinNode> StartAsync(FaultDatabase database, int smtpPort, string? connectionString = null)
    {
        var dll = Path.Combine(Root, "src", "Plein", "bin", "Release", "net10.0", "Plein.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build the solution in Release first (./test.sh does).");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(Root, "src", "Plein")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        var env = info.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["Database__Provider"] = database.IsPostgres ? "Postgres" : "Sqlite";
        env["Database__ConnectionString"] = connectionString ?? database.ConnectionString;
        env["Plein__PublicUrl"] = "https://plein.example.nl";
        env["Plein__PseudonymKey"] = Convert.ToBase64String(database.MasterKey);
        env["Mail__Mode"] = "Smtp";
        env["Mail__Host"] = "127.0.0.1";
        env["Mail__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["Mail__PollInterval"] = "00:00:00.200";
        env["RateLimits__ApiRequestsPerMinute"] = "10000000";
        env["RateLimits__AccountPostsPerMinute"] = "10000000";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Retention__FirstRunDelay"] = "00:00:00";
        var started = Process.Start(info)!;
        var node = new PleinNode(started, new Uri($"http://127.0.0.1:{port}"));
        started.OutputDataReceived += (_, e) => node.Keep(e.Data);
        started.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        try
        {
            await node.WaitUntilLiveAsync();
        }
        catch
        {
            node.Dispose();
            throw;
        }
        return node;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 400) output.TryDequeue(out _);
    }

    /// <summary>The last lines Plein wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', output.TakeLast(60));

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"Plein stopped with exit code {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Plein did not start within a minute:\n{Output}");
    }

    /// <summary>A client that keeps cookies in <paramref name="cookies"/> and shows redirects instead of following them.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>SIGKILL: no shutdown, no flushing.</summary>
    public void KillHard()
    {
        process.Kill();
        process.WaitForExit();
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "test.sh"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    private bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }
}
