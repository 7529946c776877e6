namespace Plein.Platform.Tenancy;

internal interface ITenantContext
{
    Organisation? Organisation { get; }
}

/// <summary>The organisation of the current request, resolved once by <see cref="TenantMiddleware"/>.</summary>
internal sealed class TenantContext : ITenantContext
{
    public static readonly ITenantContext None = new TenantContext();
    public Organisation? Organisation { get; set; }
}
