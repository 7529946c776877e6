using Microsoft.Extensions.Options;

namespace Plein.Platform.Accounts;

/// <summary>Absolute links for mails: the configured public URL, else the address the request came in on.</summary>
internal sealed class AccountLinks(IHttpContextAccessor http, IOptions<PleinOptions> options)
{
    public string To(string pathAndQuery)
    {
        var configured = options.Value.PublicUrl;
        var request = http.HttpContext!.Request;
        var root = string.IsNullOrEmpty(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return root + pathAndQuery;
    }
}
