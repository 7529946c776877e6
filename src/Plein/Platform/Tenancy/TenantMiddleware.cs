using Plein.Data;

namespace Plein.Platform.Tenancy;

/// <summary>Resolves the organisation from the first path segment (route value "org") once, at the edge.</summary>
internal sealed class TenantMiddleware(RequestDelegate next)
{
    public const string RouteKey = "org";

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, PleinDb db, OrganisationCache organisations)
    {
        if (context.GetRouteValue(RouteKey) is string slug)
        {
            var organisation = await organisations.FindAsync(db, slug.ToLowerInvariant(), context.RequestAborted);
            if (organisation is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            // An organisation that no longer exists can still be read, but nothing can be changed in it.
            if (organisation.IsEnded && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status410Gone;
                return;
            }
            tenant.Organisation = organisation;
        }
        await next(context);
    }
}

internal static class TenantHttpExtensions
{
    public static Organisation RequiredOrganisation(this ITenantContext tenant) =>
        tenant.Organisation ?? throw new InvalidOperationException("This page needs an organisation.");
}
