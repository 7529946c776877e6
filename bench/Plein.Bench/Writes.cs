using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

/// <summary>Support POST throughput, and the same clients against bare endpoints that do one insert (ADR 0043).</summary>
internal static partial class Writes
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<HttpClient> SignInAsync(Uri address, string email, Func<string>? secondFactor = null)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address, Timeout = TimeSpan.FromMinutes(10),
        };
        var page = await http.GetStringAsync(new Uri("/account/inloggen", UriKind.Relative));
        using var login = await http.PostAsync(new Uri("/account/inloggen", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token().Match(page).Groups[1].Value), new("Input.Email", email), new("Input.Password", Seed.Password)]));
        if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in of {email} failed: {(int)login.StatusCode}");
        if (secondFactor is not null)
        {
            const string step = "/account/inloggen/tweede-stap";
            var form = await http.GetStringAsync(new Uri(step, UriKind.Relative));
            using var code = await http.PostAsync(new Uri(step, UriKind.Relative), new FormUrlEncodedContent(
                [new("__RequestVerificationToken", Token().Match(form).Groups[1].Value), new("Input.Code", secondFactor())]));
            if (code.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Second factor of {email} failed: {(int)code.StatusCode}");
        }
        return http;
    }

    public static async Task<double> SupportThroughputAsync(Uri address, SeedIds ids, int clients, int seconds)
    {
        // Resident u already supports proposals u*100 .. u*100+99; from u*100+100 on, every support is a new one.
        var residents = new List<HttpClient>();
        for (var u = 1; u <= clients; u++) residents.Add(await SignInAsync(address, ids.Emails[u]));
        async Task<bool> SupportAsync(HttpClient http, int u, int n)
        {
            var proposal = ids.Proposals[(u * 100 + 100 + n) % ids.Proposals.Length];
            using var response = await http.PostAsync(new Uri($"/api/v1/zwolle/voorstellen/{proposal}/steun", UriKind.Relative),
                new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            // The smoke run's few proposals can come round again: a repeated support is fine there.
            if (response.StatusCode != HttpStatusCode.Created && !(Scale.Smoke && response.StatusCode == HttpStatusCode.OK)) throw new InvalidOperationException($"Support answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return true;
        }
        // Three seconds of load first (the JIT tiers up the whole pipeline), on proposals the measurement does not use.
        await RunAsync(clients, Scale.Seconds(3), (c, n) => SupportAsync(residents[c], c + 1, ids.Proposals.Length * 2 / 5 + n));
        var done = await RunAsync(clients, seconds, (c, n) => SupportAsync(residents[c], c + 1, n));
        residents.ForEach(r => r.Dispose());
        return done;
    }

    /// <summary>
    /// The same number of signed-in clients POSTing to one of Plein's bare bench endpoints, each doing one insert
    /// through Plein's pipeline and nothing else: <c>/bench/insert</c> (a two-column row) unless another address is given.
    /// </summary>
    public static async Task<double> ProbeThroughputAsync(Uri address, IReadOnlyList<string> emails, int clients, int seconds, Func<int, int, string>? url = null)
    {
        url ??= (_, _) => "/bench/insert";
        var signedIn = new List<HttpClient>();
        for (var u = 1; u <= clients; u++) signedIn.Add(await SignInAsync(address, emails[u]));
        async Task<bool> InsertAsync(int client, int n)
        {
            using var response = await signedIn[client].PostAsync(new Uri(url(client, n), UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            return response.StatusCode == HttpStatusCode.Created ? true : throw new InvalidOperationException($"Probe answered {(int)response.StatusCode}");
        }
        await RunAsync(clients, Scale.Seconds(3), (c, n) => InsertAsync(c, 1_000_000 + n));
        var done = await RunAsync(clients, seconds, InsertAsync);
        signedIn.ForEach(h => h.Dispose());
        return done;
    }

    /// <summary>
    /// One support per request by a bare endpoint, as the support POST stores it: residents who do not take part in
    /// <see cref="SupportThroughputAsync"/>, each on proposals they do not support yet.
    /// </summary>
    public static Task<double> SupportProbeThroughputAsync(Uri address, SeedIds ids, int clients, int seconds) =>
        ProbeThroughputAsync(address, ids.Emails, clients, seconds, (c, n) =>
        {
            var u = 10 + c;
            var proposal = ids.Proposals[(u * 100 + 100 + n) % ids.Proposals.Length];
            return $"/bench/steun?organisatie={ids.Organisation}&proces={ids.Process}&voorstel={proposal}&persoon={ids.Users[u]}";
        });

    /// <summary>
    /// Load in rounds of two seconds for at least <paramref name="seconds"/>, then until a round is less than 5% faster
    /// than the one before (at most 40 s in all): in a process that has just started, the JIT tiers the code up over
    /// many seconds of load (for a ballot cast about twelve, by dotnet-counters). Returns each round's rate.
    /// </summary>
    internal static async Task<List<double>> WarmAsync(int clients, int seconds, Func<int, int, Task<bool>> request)
    {
        var rates = new List<double>();
        do rates.Add(await RunAsync(clients, Scale.Seconds(2), request));
        while (!Scale.Smoke && rates.Count < 20 && (rates.Count * 2 < seconds || rates[^1] > rates[^2] * 1.05));
        return rates;
    }

    internal static async Task<double> RunAsync(int clients, int seconds, Func<int, int, Task<bool>> request)
    {
        var watch = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var n = 0; watch.Elapsed.TotalSeconds < seconds; n++)
            {
                await request(c, n);
                Interlocked.Increment(ref done);
            }
        }));
        return done / watch.Elapsed.TotalSeconds;
    }
}

/// <summary>The full open-data exports, with the app's resident memory sampled from /proc while they stream.</summary>
internal static class Exports
{
    internal sealed record Run(string Name, long Rows, double Megabytes, double Seconds, double BeforeMb, double PeakMb);

    public static async Task<List<Run>> MeasureAsync(AppProcess app, SeedIds ids)
    {
        using var staff = await Writes.SignInAsync(app.Address, ids.Emails[0]);
        var runs = new List<Run>();
        foreach (var (what, format) in new[] { ("voorstellen", "csv"), ("voorstellen", "json"), ("voorstellen", "xlsx"), ("reacties", "csv"), ("steun", "csv") })
            runs.Add(await StreamAsync(app, staff, $"/zwolle/participatie/{ids.Process}/export/{what}.{format}", $"{what}.{format}", format == "csv"));
        return runs;
    }

    /// <summary>Downloads one export while sampling the app's resident memory every 20 ms.</summary>
    public static async Task<Run> StreamAsync(AppProcess app, HttpClient staff, string url, string name, bool csv)
    {
        var before = ResidentBytes(app.Pid);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, ResidentBytes(app.Pid));
                try { await Task.Delay(20, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var watch = Stopwatch.StartNew();
        using var response = await staff.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Export {url} answered {(int)response.StatusCode}");
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            for (var i = 0; i < read; i++) if (buffer[i] == (byte)'\n') lines++;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        return new Run(name, csv ? lines - 1 : -1, bytes / 1048576.0, seconds, before / 1048576.0, peak / 1048576.0);
    }

    private static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return 0;
    }
}
