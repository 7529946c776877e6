using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;

namespace Plein.Tests.Platform.Security.Authorization;

/// <summary>
/// Real values for every route's parameters, found the way a person finds them: by following the links on the app's own
/// pages (and the URLs in its API answers), starting from every route without parameters. A route nobody links to gets
/// placeholder values, and the matrix marks it.
/// </summary>
public static partial class RouteSamples
{
    /// <summary>API routes whose ids appear in no link: they take the values of the page that shows the same row.</summary>
    private static readonly Dictionary<string, string> BorrowFrom = new()
    {
        ["api/v1/{org}/processen/{id:guid}"] = "{org}/participatie/{id:guid}",
        ["api/v1/{org}/processen/{id:guid}/voorstellen"] = "{org}/participatie/{id:guid}",
        ["api/v1/{org}/voorstellen/{id:guid}"] = "{org}/voorstellen/{id:guid}",
        ["api/v1/{org}/voorstellen/{id:guid}/steun"] = "{org}/voorstellen/{id:guid}",
        ["api/v1/{org}/voorstellen/{id:guid}/reacties"] = "{org}/voorstellen/{id:guid}",
        ["api/v1/{org}/begrotingen/{id:guid}"] = "{org}/begroten/{id:guid}",
        ["api/v1/{org}/begrotingen/{id:guid}/uitslag"] = "{org}/begroten/{id:guid}",
        ["api/v1/organisaties/{slug}"] = "organisaties/{slug}/wijzigen",
    };

    private const int PagesPerRoute = 3;

    public sealed record Sample(Dictionary<string, string> Values, bool Real);

    /// <summary>Extra starting points: pages no route without parameters links to (the area pages start from an area's own page).</summary>
    private static readonly string[] ExtraRoots = ["/gebieden/gronings-aardbevingsgebied", "/fout/404", "/api/v1/monitoring/kpis/participatieverordening", "/quickscan/vragenlijst/1"];

    /// <param name="crawlers">Clients signed in as different people; every one reads each page, as they see different links.</param>
    /// <param name="failures">Every 5xx met on the way.</param>
    public static async Task<Dictionary<string, Sample>> FindAsync(List<RouteTemplate> routes, IReadOnlyList<HttpClient> crawlers, string org, List<string> failures, int maxFetches = 3000)
    {
        var seen = new Dictionary<string, Dictionary<string, string>>();
        var shown = new Dictionary<string, Dictionary<string, string>>();
        // First in, first out within a priority: the first row a page lists is the sample, whatever the ids are in this run.
        var order = 0;
        var queue = new PriorityQueue<string, (int, int)>(routes.Where(r => r.Pattern.Parameters.All(p => p.Name == "org" || p.IsOptional))
            .Select(r => Endpoints.Fill(r, new Dictionary<string, string> { ["org"] = org })).Concat(ExtraRoots).Select(r => (r, (0, order++))));
        var visited = new HashSet<string>();
        var pagesRead = new Dictionary<string, int>();
        var fetches = 0;
        while (queue.Count > 0 && fetches < maxFetches)
        {
            var path = queue.Dequeue();
            if (!visited.Add(path) || Endpoints.Match(routes, path) is not { } match) continue;
            var (route, values) = match;
            if (values.TryGetValue("org", out var o) && o != org) continue;
            // A few rows per route: the first row of a list may be the one without the links that lead further.
            if (pagesRead.GetValueOrDefault(route.Template) >= PagesPerRoute) continue;
            pagesRead[route.Template] = pagesRead.GetValueOrDefault(route.Template) + 1;
            seen.TryAdd(route.Template, values);
            // Everyone reads the page: a griffier sees other links than a beheerder.
            fetches += crawlers.Count;
            var links = await Task.WhenAll(crawlers.Select(async crawler =>
            {
                using var response = await crawler.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                if ((int)response.StatusCode >= 500) lock (failures) failures.Add($"GET {path}: {(int)response.StatusCode}");
                if (!response.IsSuccessStatusCode) return [];
                lock (shown) shown.TryAdd(route.Template, values);
                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                if (type is "text/html") return (await LinksInHtmlAsync(await response.Content.ReadAsStringAsync(), crawler.BaseAddress!)).ToList();
                if (type.EndsWith("json", StringComparison.Ordinal)) return LinksInJson(await response.Content.ReadAsStringAsync(), crawler.BaseAddress!).ToList();
                return new List<string>();
            }));
            // Links to routes without a row yet go first: the crawl is for one row per route, not for every page.
            foreach (var link in links.SelectMany(l => l).Distinct().Where(l => !visited.Contains(l)))
            {
                if (Endpoints.Match(routes, link) is not { } next || (next.Values.TryGetValue("org", out var other) && other != org)) continue;
                if (!shown.ContainsKey(next.Route.Template)) queue.Enqueue(link, (0, order++));
                else if (pagesRead.GetValueOrDefault(next.Route.Template) < PagesPerRoute) queue.Enqueue(link, (1, order++));
            }
        }
        var samples = new Dictionary<string, Sample>();
        foreach (var route in routes)
        {
            if (shown.TryGetValue(route.Template, out var values)) samples[route.Template] = new(values, true);
            else if (BorrowFrom.TryGetValue(route.Template, out var other) && shown.TryGetValue(other, out var borrowed)) samples[route.Template] = new(borrowed, true);
            else if (seen.TryGetValue(route.Template, out var linked)) samples[route.Template] = new(linked, true);
            else samples[route.Template] = new(new() { ["org"] = org }, !route.Pattern.Parameters.Any(p => p.Name != "org" && !p.IsOptional));
        }
        return samples;
    }

    /// <summary>Links in the order of their text: some lists are shuffled on purpose (proposals), the sample must not be.</summary>
    private static async Task<IEnumerable<string>> LinksInHtmlAsync(string html, Uri baseAddress)
    {
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(baseAddress));
        return document.QuerySelectorAll("a[href], form[action]")
            .Select(e => (Href: e.GetAttribute(e.LocalName == "a" ? "href" : "action")!, Text: e.TextContent.Trim()))
            .OrderBy(l => l.Text, StringComparer.Ordinal)
            .Select(l => Local(l.Href, baseAddress)).OfType<string>();
    }

    private static IEnumerable<string> LinksInJson(string json, Uri baseAddress) =>
        JsonUrl().Matches(json).Select(m => Local(m.Groups[1].Value, baseAddress)).OfType<string>();

    private static string? Local(string href, Uri baseAddress)
    {
        if (!Uri.TryCreate(baseAddress, href, out var url) || url.Authority != baseAddress.Authority) return null;
        return url.AbsolutePath;
    }

    [GeneratedRegex("\"((?:https?://[^\"/]+)?/[^\"\\s]*)\"")]
    private static partial Regex JsonUrl();
}
