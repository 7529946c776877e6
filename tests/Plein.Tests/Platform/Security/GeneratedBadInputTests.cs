using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Html.Dom;
using Plein.Tests.Platform.Security.Authorization;
using Plein.Tests.Support;
using Xunit.Abstractions;

namespace Plein.Tests.Platform.Security;

/// <summary>
/// Hostile values generated for every field of every form a person can reach (hidden fields too) and every parameter of
/// the API (from its openapi.json), plus bodies of the wrong type and size: thousands of cases, and not one 5xx.
/// </summary>
public sealed partial class GeneratedBadInputTests(ITestOutputHelper output)
{
    private const int AtLeast = 10_000;

    /// <summary>Values, already percent-encoded (so bytes that are not UTF-8 can be sent too).</summary>
    private static readonly (string Name, string Encoded)[] Values =
    [
        .. new (string, string)[]
        {
            ("empty", ""), ("whitespace", "\t\r\n "), ("long", new string('x', 70_000)),
            ("nul", "abc\0def"), ("control", "\u0001\u0008\u001b[31m\u007f"), ("crlf", "a\r\nSet-Cookie: x=y"), ("rtl", "\u202Egnp.exe\u202C"), ("emoji", "😀👩‍👩‍👧🇳🇱"),
            ("zero-width", "\u200B\u200D\uFEFF"), ("html", "<script>alert(1)</script>"), ("attribute", "\"><img src=x onerror=alert(1)>"),
            ("javascript-url", "javascript:alert(1)"), ("sql", "' OR 1=1;--"), ("sql-drop", "'; DROP TABLE \"AspNetUsers\";--"),
            ("negative", "-1"), ("int-overflow", "2147483648"), ("long-overflow", "-99999999999999999999999"), ("huge", "1e308"), ("fraction", "1.5"), ("dutch-decimal", "1,5"),
            ("dutch-thousands", "1.000.000,00"), ("money", "€ 12,50"), ("nan", "NaN"), ("infinity", "-Infinity"),
            ("bad-date", "31-31-2027"), ("feb-30", "2027-02-30"), ("zero-date", "0000-00-00"), ("bad-time", "25:61"), ("bad-datetime", "9999-12-31T25:61:61Z"), ("year-1", "0001-01-01"), ("year-9999", "9999-12-31"),
            ("empty-guid", "00000000-0000-0000-0000-000000000000"), ("bad-guid", "not-a-guid"), ("short-guid", "1234"),
            ("true", "true"), ("null", "null"), ("path", "../../etc/passwd"), ("template", "${jndi:ldap://x}{{7*7}}"),
        }.Select(v => (v.Item1, Uri.EscapeDataString(v.Item2))),
        ("invalid-utf8", "%C3%28%FF%FE"), ("lone-surrogate", "%ED%A0%80"), ("percent", "%25%"),
    ];

    /// <summary>Whole bodies for JSON endpoints.</summary>
    private static readonly (string Name, string ContentType, string Body)[] JsonBodies =
    [
        ("truncated", "application/json", "{"), ("array", "application/json", "[]"), ("scalar", "application/json", "42"), ("null", "application/json", "null"),
        ("wrong-types", "application/json", "{\"tekst\":123,\"antwoordOp\":true}"), ("array-for-scalar", "application/json", "{\"tekst\":[\"a\",\"b\"],\"antwoordOp\":[1]}"),
        ("bad-guid", "application/json", "{\"tekst\":\"hallo daar\",\"antwoordOp\":\"geen-guid\"}"), ("nested", "application/json", string.Concat(Enumerable.Repeat("[", 5_000))),
        ("nul", "application/json", "{\"tekst\":\"a\\u0000b\"}"), ("long", "application/json", "{\"tekst\":\"" + new string('x', 200_000) + "\"}"),
        ("plain-text", "text/plain", "hallo"), ("form", "application/x-www-form-urlencoded", "tekst=hallo"), ("xml", "application/xml", "<a>1</a>"), ("no-type", "", "{}"),
        ("oversized", "application/json", "{\"tekst\":\"" + new string('x', 40_000_000) + "\"}"),
    ];

    [Fact]
    public async Task ThousandsOfHostileValuesInEveryFieldAndParameterNeverCauseAServerError()
    {
        var clock = Stopwatch.StartNew();
        using var app = new PleinApp(PleinApp.Sqlite);
        var (routes, _) = await Endpoints.ReadAsync(app.Services);
        var people = new[] { "beheerder.zwolle", "griffier.zwolle", "ambtenaar.zwolle", "raadslid.zwolle", "inwoner.zwolle", "programmamedewerker.programma" };
        var sessions = new List<MatrixSession>();
        foreach (var p in people) sessions.Add(await MatrixSession.StartAsync(app.BaseAddress, p + "@demo.plein.nl"));
        sessions.Add(await MatrixSession.StartAsync(app.BaseAddress, null));
        var samples = await RouteSamples.FindAsync(routes, sessions.Select(s => s.Http).ToList(), "zwolle", []);
        var pages = routes.Where(r => !r.IsApi).Select(r => Endpoints.Fill(r, samples[r.Template].Values)).Distinct().ToList();

        var failures = new List<string>();
        var cases = 0;
        var forms = 0;
        var seenForms = new HashSet<string>();
        foreach (var page in pages)
        {
            foreach (var session in sessions)
            {
                using var response = await session.Http.GetAsync(new Uri(page, UriKind.Relative));
                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()).Address(new Uri(app.BaseAddress, page)));
                foreach (var form in document.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>())
                {
                    var fields = Fields(form);
                    var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page : new Uri(new Uri(app.BaseAddress, page), form.GetAttribute("action")!).PathAndQuery;
                    if (fields.Count == 0 || !seenForms.Add(action + " " + string.Join(",", fields.Select(f => f.Name)))) continue;
                    forms++;
                    var multipart = form.Enctype == "multipart/form-data";
                    foreach (var (field, _) in fields.Where(f => f.Name != "__RequestVerificationToken"))
                    {
                        foreach (var (name, encoded) in Values)
                            await TryAsync(session, HttpMethod.Post, action, Body(fields, field, encoded, multipart), $"{action} {field}={name}");
                        await TryAsync(session, HttpMethod.Post, action, Body([.. fields, (field, "tweede")], "", "", multipart), $"{action} {field} twice");
                    }
                    var plain = Encode(fields);
                    await TryAsync(session, HttpMethod.Post, action, new StringContent(plain, Encoding.UTF8, "application/json"), $"{action} as JSON");
                    await TryAsync(session, HttpMethod.Post, action, new StringContent(plain, Encoding.UTF8, "text/plain"), $"{action} as text");
                    // Over the form reader's 4 MB per value, and once over Kestrel's 30 MB per request.
                    await TryAsync(session, HttpMethod.Post, action, Raw(plain + "&Input.Extra=" + new string('x', forms == 1 ? 31_000_000 : 4_200_000)), $"{action} oversized");
                }
            }
        }
        output.WriteLine($"{forms} forms, {cases} form cases after {clock.Elapsed.TotalSeconds:F0} s");

        var api = sessions[4];
        using var spec = JsonDocument.Parse(await api.Http.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)));
        var server = new Uri(app.BaseAddress, spec.RootElement.GetProperty("servers")[0].GetProperty("url").GetString()!).AbsolutePath.TrimEnd('/');
        var operations = 0;
        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
        {
            var template = routes.FirstOrDefault(r => Unconstrained().Replace("/" + r.Template, "}").TrimEnd('/') == server + path.Name.TrimEnd('/'));
            if (template is null)
            {
                failures.Add($"{path.Name} in openapi.json is not a registered route");
                continue;
            }
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var parameters = operation.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
                foreach (var parameter in parameters)
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    var inPath = parameter.GetProperty("in").GetString() == "path";
                    foreach (var (valueName, encoded) in Values.Where(v => !inPath || v.Encoded.Length < 5_000))
                    {
                        var values = new Dictionary<string, string>(samples[template.Template].Values);
                        var url = inPath ? FillRaw(template, values, name, encoded) : Endpoints.Fill(template, values) + $"?{name}={encoded}";
                        await TryAsync(api, method, url, method == HttpMethod.Get ? null : new StringContent("{}", Encoding.UTF8, "application/json"), $"{method} {path.Name} {name}={valueName}");
                    }
                    if (!inPath) await TryAsync(api, method, Endpoints.Fill(template, samples[template.Template].Values) + $"?{name}=1&{name}=2", null, $"{method} {path.Name} {name} twice");
                }
                if (method == HttpMethod.Get) continue;
                foreach (var (bodyName, type, body) in JsonBodies)
                {
                    var content = new StringContent(body, Encoding.UTF8);
                    content.Headers.ContentType = type.Length == 0 ? null : MediaTypeHeaderValue.Parse(type);
                    await TryAsync(api, method, Endpoints.Fill(template, samples[template.Template].Values), content, $"{method} {path.Name} body {bodyName}");
                }
            }
        }
        output.WriteLine($"{cases} cases in total ({operations} API operations) in {clock.Elapsed.TotalSeconds:F0} s; {failures.Count} server errors");
        foreach (var s in sessions) s.Dispose();

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases answered 5xx:\n" + string.Join("\n", failures.Take(60)));
        Assert.True(forms >= 60, $"only {forms} forms found");
        Assert.True(cases >= AtLeast, $"only {cases} cases");

        async Task TryAsync(MatrixSession session, HttpMethod method, string url, HttpContent? content, string what)
        {
            cases++;
            // Absolute: an empty first segment must stay a path ("//x" alone would be read as a host).
            using var request = new HttpRequestMessage(method, new Uri(app.BaseAddress.GetLeftPart(UriPartial.Authority) + url)) { Content = content };
            request.Headers.Add("X-CSRF-TOKEN", session.Token);
            // A body over Kestrel's limit is refused before it is read: the client waits for that answer instead of writing into a closed connection.
            if (content?.Headers.ContentLength > 30_000_000) request.Headers.ExpectContinue = true;
            var status = await session.SendAsync(request);
            if (status >= 500) failures.Add($"{what}: {status}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(":[^}]+}")]
    private static partial System.Text.RegularExpressions.Regex Unconstrained();

    private static List<(string Name, string Value)> Fields(IHtmlFormElement form) =>
        form.Elements.Where(e => !string.IsNullOrEmpty(e.GetAttribute("name")))
            .Where(e => e is IHtmlSelectElement or IHtmlTextAreaElement or IHtmlInputElement { Type: not ("submit" or "button" or "file" or "image" or "reset") })
            .Where(e => e is not IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false })
            .Select(e => (e.GetAttribute("name")!, e switch
            {
                IHtmlSelectElement s => s.Value ?? "",
                IHtmlTextAreaElement t => t.Value,
                IHtmlInputElement i => i.Value,
                _ => "",
            }))
            .ToList();

    private static string Encode(IEnumerable<(string Name, string Value)> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));

    /// <summary>The form's own values, with one field's value replaced by an already-encoded one.</summary>
    private static HttpContent Body(List<(string Name, string Value)> fields, string field, string encoded, bool multipart)
    {
        if (!multipart)
            return Raw(string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + (f.Name == field ? encoded : Uri.EscapeDataString(f.Value)))));
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            content.Add(new ByteArrayContent(name == field ? System.Web.HttpUtility.UrlDecodeToBytes(encoded) : Encoding.UTF8.GetBytes(value)), name);
        return content;
    }

    private static ByteArrayContent Raw(string encodedForm)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(encodedForm));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    private static string FillRaw(RouteTemplate route, Dictionary<string, string> values, string parameter, string encoded)
    {
        values[parameter] = "\u0001PLACE\u0001";
        return Endpoints.Fill(route, values).Replace(Uri.EscapeDataString("\u0001PLACE\u0001"), encoded, StringComparison.Ordinal);
    }
}
