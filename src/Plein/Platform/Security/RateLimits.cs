using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Plein.Platform.Security;

internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    /// <summary>Login, registration and password-reset posts per client address per minute.</summary>
    public int AccountPostsPerMinute { get; set; } = 10;
    public int ApiRequestsPerMinute { get; set; } = 600;
}

internal static class RateLimits
{
    public const string Account = "account";
    public const string Api = "api";
    /// <summary>Long-lived streams (the live tally): a cap on open connections per client address.</summary>
    public const string Live = "live";
    public const int LiveConnectionsPerClient = 20;

    public static IServiceCollection AddPleinRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var o = config.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.AddPolicy(Account, ctx => ctx.Request.Method == HttpMethods.Post
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(ctx), _ => Window(o.AccountPostsPerMinute))
                : RateLimitPartition.GetNoLimiter("get"));
            r.AddPolicy(Api, ctx => RateLimitPartition.GetFixedWindowLimiter(ClientKey(ctx), _ => Window(o.ApiRequestsPerMinute)));
            r.AddPolicy(Live, ctx => RateLimitPartition.GetConcurrencyLimiter(ClientKey(ctx), _ => new ConcurrencyLimiterOptions { PermitLimit = LiveConnectionsPerClient, QueueLimit = 0 }));
            r.OnRejected = (ctx, _) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static string ClientKey(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}
