using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Plein.Tests.Support;
using Xunit.Abstractions;

namespace Plein.Tests.Platform.Security.Authorization;

/// <summary>
/// Every registered route and handler, asked by every role of Zwolle, the same role in another organisation (Provincie
/// Overijssel) and programme staff, on Zwolle's real rows. The answers must equal docs/security/authorization-matrix.md,
/// so a new route, or a changed answer, is a reviewed change of that file. Some answers must always hold, whatever the file says.
/// </summary>
public sealed partial class AuthorizationMatrixTests(ITestOutputHelper output)
{
    public const string RegenerateVariable = "PLEIN_WRITE_AUTHORIZATION_MATRIX";
    private const string Own = "zwolle";
    private const string MatrixFile = "docs/security/authorization-matrix.md";

    /// <summary>The columns: who asks. A trailing ' is the same role in another organisation.</summary>
    public static readonly (string Column, string? Email)[] Columns =
    [
        ("anon", null),
        ("inw", Demo.Email("inwoner", "zwolle")), ("inw'", Demo.Email("inwoner", "overijssel")),
        ("mod", Demo.Email("moderator", "zwolle")), ("mod'", Demo.Email("moderator", "overijssel")),
        ("amb", Demo.Email("ambtenaar", "zwolle")), ("amb'", Demo.Email("ambtenaar", "overijssel")),
        ("col", Demo.Email("collegelid", "zwolle")), ("col'", Demo.Email("collegelid", "overijssel")),
        ("raad", Demo.Email("raadslid", "zwolle")), ("raad'", Demo.Email("raadslid", "overijssel")),
        ("grif", Demo.Email("griffier", "zwolle")), ("grif'", Demo.Email("griffier", "overijssel")),
        ("beh", Demo.Email("beheerder", "zwolle")), ("beh'", Demo.Email("beheerder", "overijssel")),
        ("pm", Demo.Email("programmamedewerker", "programma")), ("pbeh", Demo.Email("beheerder", "programma")),
    ];

    /// <summary>Who reads pages to find real rows: the first who may see a page reads its links.</summary>
    private static readonly string[] Crawlers = ["beh", "grif", "pm", "amb", "raad", "inw", "pbeh", "anon"];

    /// <summary>Routes that manage something: never for anonymous visitors, never for staff of another organisation (the programme office included).</summary>
    [GeneratedRegex(@"(^|/)(beheer|behandeling|landelijk|logboek|moderatie|brieven|startgesprek|eigen-vragen|verbeteragenda|papier|regels|bereik)(/|$)|^organisaties/(nieuw|\{slug\}/wijzigen)$|^quickscan/vragenlijst|^monitoring/rapportages")]
    private static partial Regex ManagementRoute();

    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryRouteAnswersEveryRoleAsTheCheckedInMatrixSays(string provider)
    {
        var clock = Stopwatch.StartNew();
        using var app = new PleinApp(provider);
        var (routes, calls) = await Endpoints.ReadAsync(app.Services);
        var sessions = new Dictionary<string, MatrixSession>();
        foreach (var (column, email) in Columns) sessions[column] = await MatrixSession.StartAsync(app.BaseAddress, email);
        var crawlers = Crawlers.Select(c => sessions[c].Http).ToList();
        var crawlFailures = new List<string>();
        var samples = await RouteSamples.FindAsync(routes, crawlers, Own, crawlFailures);
        Assert.True(crawlFailures.Count == 0, "Server errors while following links:\n" + string.Join("\n", crawlFailures));
        var byTemplate = routes.ToDictionary(r => r.Template);
        output.WriteLine($"{calls.Count} calls on {routes.Count} routes, samples found in {clock.Elapsed.TotalSeconds:F0} s");

        var answers = new Dictionary<(EndpointCall, string), string>();
        // Reading first, side by side; then every change, one at a time in a fixed order, so each run sees the same state.
        using (var gate = new SemaphoreSlim(3))
        {
            var reads = await Task.WhenAll(Columns.Select(async c =>
            {
                await gate.WaitAsync();
                try
                {
                    var mine = new List<((EndpointCall, string), string)>();
                    foreach (var call in calls.Where(x => x.Method == "GET"))
                        mine.Add(((call, c.Column), await sessions[c.Column].CallAsync(call, Endpoints.Fill(byTemplate[call.Template], samples[call.Template].Values), byTemplate[call.Template].IsApi)));
                    return mine;
                }
                finally { gate.Release(); }
            }));
            foreach (var (key, value) in reads.SelectMany(r => r)) answers[key] = value;
        }
        foreach (var (column, _) in Columns.OrderBy(c => WriteOrder(c.Column)))
            foreach (var call in calls.Where(x => x.Method != "GET"))
                answers[(call, column)] = await sessions[column].CallAsync(call, Endpoints.Fill(byTemplate[call.Template], samples[call.Template].Values), byTemplate[call.Template].IsApi);
        foreach (var s in sessions.Values) s.Dispose();
        output.WriteLine($"{answers.Count} cells ({calls.Count} calls x {Columns.Length} columns) in {clock.Elapsed.TotalSeconds:F0} s on {provider}");

        var rows = calls.Select(c => new MatrixRow(c, samples[c.Template].Real, Columns.Select(col => answers[(c, col.Column)]).ToArray())).ToList();
        AssertInvariants(rows);

        var actual = Render(rows);
        var file = Path.Combine(RepositoryRoot(), MatrixFile);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1" && provider == PleinApp.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, actual);
        }
        var expected = File.Exists(file) ? await File.ReadAllTextAsync(file) : "";
        var differences = Differences(TableRows(expected), TableRows(actual));
        Assert.True(differences.Count == 0,
            $"The authorization matrix differs from {MatrixFile} in {differences.Count} rows:\n{string.Join("\n", differences.Take(40))}\n\n" +
            $"If every change is intended, regenerate the file and review its diff:\n  {RegenerateVariable}=1 dotnet test tests/Plein.Tests --filter \"FullyQualifiedName~AuthorizationMatrix\"");
    }

    /// <summary>Programme staff last: they manage national things that other rows read.</summary>
    private static int WriteOrder(string column) => column switch
    {
        "anon" => 0,
        _ when column.EndsWith('\'') => 1,
        "pm" or "pbeh" => 3,
        _ => 2,
    };

    private static bool Allowed(string answer) => answer is "ok" or "redirect";

    private static void AssertInvariants(List<MatrixRow> rows)
    {
        var broken = new List<string>();
        foreach (var row in rows)
        {
            for (var i = 0; i < Columns.Length; i++)
                if (row.Answers[i].StartsWith('5')) broken.Add($"{row.Call.Key} as {Columns[i].Column}: {row.Answers[i]}");
            if (!ManagementRoute().IsMatch(row.Call.Template)) continue;
            if (Allowed(row.Answers[0])) broken.Add($"{row.Call.Key}: anonymous visitors are let in to a management route ({row.Answers[0]})");
            if (!row.Call.Template.StartsWith("{org}", StringComparison.Ordinal)) continue;
            for (var i = 0; i < Columns.Length; i++)
                if ((Columns[i].Column.EndsWith('\'') || Columns[i].Column is "pm" or "pbeh") && Allowed(row.Answers[i]))
                    broken.Add($"{row.Call.Key}: {Columns[i].Column} of another organisation manages {Own} ({row.Answers[i]})");
        }
        Assert.True(broken.Count == 0, "Authorization invariants broken:\n" + string.Join("\n", broken));
    }

    private sealed record MatrixRow(EndpointCall Call, bool RealRow, string[] Answers);

    private static string Render(List<MatrixRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("# Authorization matrix");
        text.AppendLine();
        text.AppendLine("Generated by `tests/Plein.Tests/Platform/Security/Authorization/AuthorizationMatrixTests.cs` from the routes Plein registers");
        text.AppendLine("(every Razor page with each of its handlers, every minimal API endpoint). The test fails when the app answers");
        text.AppendLine("differently or has a route that is not listed here. After an intended change, regenerate and review the diff:");
        text.AppendLine();
        text.AppendLine($"    {RegenerateVariable}=1 dotnet test tests/Plein.Tests --filter \"FullyQualifiedName~AuthorizationMatrix\"");
        text.AppendLine();
        text.AppendLine($"Every URL is filled in with real rows of Gemeente Zwolle (`{{org}}` = `{Own}`), found by following the app's own links;");
        text.AppendLine("a route marked † has no linked row and gets placeholder values. POSTs carry a valid antiforgery token and no other fields");
        text.AppendLine("(the API gets `{}`), so \"ok\" on a POST can also be a form shown again with its errors. Reads run first; then the POSTs, one at");
        text.AppendLine("a time, column by column (anon, the other organisation, Zwolle, the programme office): an earlier POST can change a row for later ones.");
        text.AppendLine();
        text.AppendLine("Columns: `anon` nobody signed in; `inw` inwoner, `mod` moderator, `amb` ambtenaar, `col` collegelid, `raad` raadslid,");
        text.AppendLine("`grif` griffier, `beh` beheerder, all of Zwolle; the same with `'` is that role in another organisation (Provincie Overijssel);");
        text.AppendLine("`pm` programmamedewerker and `pbeh` beheerder of the programme office.");
        text.AppendLine();
        text.AppendLine("Answers: `ok` 2xx; `login` redirect to the login page; `2fa` redirect to set up a second factor; `redirect` any other");
        text.AppendLine("redirect; a number is the status code (401, 403, 404, 405, 400 ...).");
        text.AppendLine();
        text.AppendLine("| route | call | " + string.Join(" | ", Columns.Select(c => c.Column)) + " |");
        text.AppendLine("|---|---|" + string.Concat(Columns.Select(_ => "---|")));
        foreach (var row in rows)
        {
            var call = row.Call.Method + (row.Call.Handler.Length > 0 ? " " + row.Call.Handler : "");
            text.AppendLine($"| `{(row.Call.Template.Length == 0 ? "/" : row.Call.Template)}`{(row.RealRow ? "" : " †")} | {call} | {string.Join(" | ", row.Answers)} |");
        }
        text.AppendLine();
        text.AppendLine($"{rows.Count} calls x {Columns.Length} columns = {rows.Count * Columns.Length} cells.");
        return text.ToString();
    }

    /// <summary>Table rows by their route and call.</summary>
    private static Dictionary<string, string> TableRows(string markdown) => markdown.Split('\n')
        .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
        .Select(l => l.TrimEnd('\r'))
        .ToDictionary(l => string.Join("|", l.Split('|').Take(3)).Replace(" †", "", StringComparison.Ordinal), l => l);

    private static List<string> Differences(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var header = "| route | call | " + string.Join(" | ", Columns.Select(c => c.Column)) + " |";
        var list = new List<string>();
        foreach (var (key, line) in actual)
        {
            if (!expected.TryGetValue(key, out var was)) list.Add($"  not in the file (new route or handler): {line}");
            else if (was != line) list.Add($"  {header}\n  file:   {was}\n  actual: {line}");
        }
        list.AddRange(expected.Keys.Except(actual.Keys).Select(k => $"  in the file but no longer served: {expected[k]}"));
        return list;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plein.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Plein.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One person's browser: cookies, an antiforgery token, and signing in again when a call signed them out.</summary>
internal sealed class MatrixSession : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly Uri baseAddress;
    private readonly string? email;
    private string token = "";

    public HttpClient Http { get; }

    private MatrixSession(Uri baseAddress, string? email)
    {
        this.baseAddress = baseAddress;
        this.email = email;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = baseAddress };
    }

    public static async Task<MatrixSession> StartAsync(Uri baseAddress, string? email)
    {
        var session = new MatrixSession(baseAddress, email);
        await session.SignInAsync();
        return session;
    }

    private async Task SignInAsync()
    {
        var html = new HtmlClient(Http);
        if (email is not null) await html.SignInAsync(email);
        var page = await html.GetAsync(email is null ? "/account/inloggen" : "/account/uitloggen");
        token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token for {email ?? "anonymous"}: {page.Status}");
    }

    private bool SignedIn => cookies.GetCookies(baseAddress).Any(c => c.Name == "plein.auth" && !c.Expired);

    public async Task<string> CallAsync(EndpointCall call, string url, bool api)
    {
        var target = call.Handler.Length > 0 ? $"{url}?handler={call.Handler}" : url;
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), new Uri(target, UriKind.Relative));
        if (call.Method != "GET")
        {
            request.Headers.Add("X-CSRF-TOKEN", token);
            request.Content = api ? new StringContent("{}", Encoding.UTF8, "application/json") : new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        }
        string answer;
        using (var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
            answer = Classify(response);
        if (email is not null && !SignedIn) await SignInAsync();
        return answer;
    }

    /// <summary>Any request; signs in again when it signed this person out. Returns the status code.</summary>
    public async Task<int> SendAsync(HttpRequestMessage request)
    {
        int status;
        using (var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
            status = (int)response.StatusCode;
        if (email is not null && !SignedIn) await SignInAsync();
        return status;
    }

    public string Token => token;

    private static string Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300) return "ok";
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location;
            var to = location is null ? "" : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
            if (to.StartsWith("/account/inloggen", StringComparison.Ordinal) && !to.StartsWith("/account/inloggen/tweede-stap", StringComparison.Ordinal)) return "login";
            if (to.StartsWith("/account/tweestapsverificatie", StringComparison.Ordinal)) return "2fa";
            return "redirect";
        }
        return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Http.Dispose();
}
