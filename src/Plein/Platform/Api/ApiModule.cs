using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plein.Platform.Api;

internal static class ApiModule
{
    public static IServiceCollection AddPleinApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer(new NlApiDocumentTransformer());
            o.AddOperationTransformer(new NlApiOperationTransformer());
        });
        return services;
    }

    public static WebApplication MapPleinApi(this WebApplication app)
    {
        app.MapOpenApi($"{ApiConventions.Root}/openapi.json").ExcludeFromDescription();
        var api = app.MapGroup(ApiConventions.Root);
        api.MapOrganisations();
        return app;
    }
}
