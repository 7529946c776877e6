using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Plein.Platform.Accounts;

/// <summary>
/// Absolute links for mails: the configured public URL (required in production), else the address the request came in
/// on, else (for background jobs in development) the first address the server listens on.
/// </summary>
internal sealed class AccountLinks(IHttpContextAccessor http, IOptions<PleinOptions> options, IServer server)
{
    public string To(string pathAndQuery)
    {
        var configured = options.Value.PublicUrl;
        if (!string.IsNullOrEmpty(configured)) return configured.TrimEnd('/') + pathAndQuery;
        if (http.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}{pathAndQuery}";
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return listening.TrimEnd('/') + pathAndQuery;
    }
}
