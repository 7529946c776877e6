using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Plein.Data;

namespace Plein.Platform.Accounts.External;

/// <summary>
/// One OpenID Connect scheme per organisation, registered on first use on each node (a challenge or a callback), and
/// re-read when the organisation changes its settings. Schemes are named oidc-{organisation id}.
/// </summary>
internal sealed class OidcSchemes(IAuthenticationSchemeProvider schemes, IOptionsMonitorCache<OpenIdConnectOptions> cache)
{
    private readonly ConcurrentDictionary<string, LoginProvider> providers = new();

    public LoginProvider? Get(string scheme) => providers.GetValueOrDefault(scheme);

    /// <summary>Loads the organisation's provider into the registry; false when it has none (or it is switched off).</summary>
    public async Task<bool> EnsureAsync(PleinDb db, Guid organisationId, CancellationToken ct)
    {
        var provider = await db.National<LoginProvider>().AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisationId && p.Enabled, ct);
        var name = LoginProvider.SchemeFor(organisationId);
        if (provider is null)
        {
            providers.TryRemove(name, out _);
            schemes.RemoveScheme(name);
            cache.TryRemove(name);
            return false;
        }
        if (!providers.TryGetValue(name, out var known) || known.UpdatedAt != provider.UpdatedAt)
        {
            providers[name] = provider;
            cache.TryRemove(name);
        }
        if (await schemes.GetSchemeAsync(name) is null)
            schemes.TryAddScheme(new AuthenticationScheme(name, provider.DisplayName, typeof(OpenIdConnectHandler)));
        return true;
    }

    /// <summary>Callbacks arrive at /signin-oidc/{organisation}: make sure this node knows that scheme before authentication runs.</summary>
    public static IApplicationBuilder UseOidcCallbacks(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/signin-oidc/", StringComparison.Ordinal) && Guid.TryParseExact(path["/signin-oidc/".Length..], "N", out var organisationId))
        {
            var registry = context.RequestServices.GetRequiredService<OidcSchemes>();
            await registry.EnsureAsync(context.RequestServices.GetRequiredService<PleinDb>(), organisationId, context.RequestAborted);
        }
        await next(context);
    });
}

/// <summary>Fills the OpenID Connect options of an organisation's scheme from its LoginProvider row.</summary>
internal sealed class ConfigureOidcOptions(OidcSchemes registry, IDataProtectionProvider protection) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(OpenIdConnectOptions options) { }

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name is null || registry.Get(name) is not { } p) return;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.Authority = p.Authority;
        options.RequireHttpsMetadata = !IsLoopback(p.Authority);
        options.ClientId = p.ClientId;
        options.ClientSecret = p.ProtectedClientSecret is null ? null : protection.CreateProtector(LoginProviderSecrets.Purpose).Unprotect(p.ProtectedClientSecret);
        options.ResponseType = OpenIdConnectResponseType.Code;
        // Query response: the callback works without JavaScript (form_post needs a script to submit).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.CallbackPath = LoginProvider.CallbackPathFor(p.OrganisationId);
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.MapInboundClaims = false;
        // The handler drops acr by default; Plein needs it for the level of assurance.
        options.ClaimActions.Remove("acr");
        options.Scope.Clear();
        foreach (var scope in p.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) options.Scope.Add(scope);
        if (!options.Scope.Contains("openid")) options.Scope.Add("openid");
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.AccessDeniedPath = "/account/inloggen";
        // A broker error, a cancelled login or a replayed callback: back to the organisation's login page, not a 500.
        options.Events.OnRemoteFailure = context =>
        {
            var slug = context.HttpContext.RequestServices.GetRequiredService<PleinDb>().Organisations
                .Where(o => o.Id == p.OrganisationId).Select(o => o.Slug).FirstOrDefault();
            context.Response.Redirect(slug is null ? "/account/inloggen" : $"/{slug}/inloggen?mislukt=true");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    private static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
}

internal static class LoginProviderSecrets
{
    public const string Purpose = "Plein.LoginProvider.ClientSecret";
}
