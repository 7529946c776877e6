using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Plein.Tests.Platform.Security.Authorization;

/// <summary>One thing a client can ask for: a route, an HTTP method and (for a page) a named handler.</summary>
public sealed record EndpointCall(string Template, string Method, string Handler)
{
    public string Key => $"{Template} {Method}{(Handler.Length > 0 ? "?handler=" + Handler : "")}";
}

/// <summary>A registered route, with a regular expression that recognises its URLs (to find real rows for it by crawling).</summary>
public sealed class RouteTemplate
{
    public required string Template { get; init; }
    public required RoutePattern Pattern { get; init; }
    public required Regex Matcher { get; init; }
    /// <summary>Literal segments first, then constrained parameters: how routing itself prefers one route over another.</summary>
    public required (int Literals, int Constrained) Precedence { get; init; }
    public bool HasParameters => Pattern.Parameters.Count > 0;
    public bool IsOrganisationRoute => Pattern.Parameters.Any(p => p.Name == "org");
    public bool IsApi => Template.StartsWith("api/", StringComparison.Ordinal);
}

/// <summary>Everything the app serves, read from its EndpointDataSource: Razor pages with each handler, and every minimal API endpoint.</summary>
public static class Endpoints
{
    public static async Task<(List<RouteTemplate> Routes, List<EndpointCall> Calls)> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new Dictionary<string, RouteTemplate>();
        var calls = new List<EndpointCall>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText!.TrimStart('/');
            routes.TryAdd(template, Describe(template, endpoint.RoutePattern));
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                calls.AddRange(compiled.HandlerMethods.Select(h => new EndpointCall(template, h.HttpMethod.ToUpperInvariant(), h.Name ?? "")));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                calls.AddRange(methods.Select(m => new EndpointCall(template, m, "")));
            }
        }
        return (routes.Values.ToList(), calls.Distinct().OrderBy(c => c.Template, StringComparer.Ordinal).ThenBy(c => c.Method, StringComparer.Ordinal).ThenBy(c => c.Handler, StringComparer.Ordinal).ToList());
    }

    private static RouteTemplate Describe(string template, RoutePattern pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        var literals = 0;
        var constrained = 0;
        foreach (var segment in pattern.PathSegments)
        {
            var optional = segment.Parts is [RoutePatternParameterPart { IsOptional: true }];
            var part = new System.Text.StringBuilder("/");
            if (segment.IsSimple && segment.Parts[0] is RoutePatternLiteralPart) literals++;
            foreach (var p in segment.Parts)
            {
                switch (p)
                {
                    case RoutePatternLiteralPart literal: part.Append(Regex.Escape(literal.Content)); break;
                    case RoutePatternSeparatorPart separator: part.Append(Regex.Escape(separator.Content)); break;
                    case RoutePatternParameterPart parameter:
                        var policy = parameter.ParameterPolicies.Select(x => x.Content).FirstOrDefault();
                        if (policy is not null) constrained++;
                        var body = policy switch
                        {
                            "guid" => "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                            "int" => "-?[0-9]+",
                            { } r when r.StartsWith("regex(", StringComparison.Ordinal) => r[6..^1].TrimStart('^').TrimEnd('$'),
                            _ => "[^/]+?",
                        };
                        part.Append($"(?<{parameter.Name}>{body})");
                        break;
                }
            }
            regex.Append(optional ? $"(?:{part})?" : part.ToString());
        }
        if (pattern.PathSegments.Count == 0) regex.Append('/');
        regex.Append('$');
        return new RouteTemplate
        {
            Template = template, Pattern = pattern, Matcher = new Regex(regex.ToString(), RegexOptions.CultureInvariant), Precedence = (literals, constrained),
        };
    }

    /// <summary>The route a path belongs to, as routing would choose it when several match.</summary>
    public static (RouteTemplate Route, Dictionary<string, string> Values)? Match(IEnumerable<RouteTemplate> routes, string path)
    {
        var best = routes.Select(r => (Route: r, Match: r.Matcher.Match(path))).Where(m => m.Match.Success)
            .OrderByDescending(m => m.Route.Precedence.Literals).ThenByDescending(m => m.Route.Precedence.Constrained).FirstOrDefault();
        if (best.Route is null) return null;
        return (best.Route, best.Route.Pattern.Parameters.Where(p => best.Match.Groups[p.Name].Success)
            .ToDictionary(p => p.Name, p => Uri.UnescapeDataString(best.Match.Groups[p.Name].Value)));
    }

    /// <summary>The URL of a route with these values; a missing value becomes a placeholder (a random GUID, or "x").</summary>
    public static string Fill(RouteTemplate route, IReadOnlyDictionary<string, string> values)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in route.Pattern.PathSegments)
        {
            if (segment.Parts is [RoutePatternParameterPart { IsOptional: true } opt] && !values.ContainsKey(opt.Name)) continue;
            path.Append('/');
            foreach (var p in segment.Parts)
            {
                path.Append(p switch
                {
                    RoutePatternLiteralPart l => l.Content,
                    RoutePatternSeparatorPart s => s.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(values.TryGetValue(parameter.Name, out var v) ? v : Placeholder(parameter)),
                    _ => "",
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Placeholder(RoutePatternParameterPart parameter) => parameter.ParameterPolicies.Select(x => x.Content).FirstOrDefault() switch
    {
        "guid" => "00000000-0000-4000-8000-000000000001",
        "int" => "1",
        { } r when r.StartsWith("regex(", StringComparison.Ordinal) => Regex.Match(r[6..], "[a-z]+").Value,
        _ => "x",
    };
}
