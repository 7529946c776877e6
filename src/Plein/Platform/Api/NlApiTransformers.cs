using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plein.Platform.Api;

/// <summary>Document-level NL API Design Rules: contact, server with the major version, the Problem schema.</summary>
internal sealed class NlApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Plein API",
            Version = ApiConventions.Version,
            Description = "Open API van Plein, het platform voor lokale democratie van het programma Democratie in Actie.",
            Contact = new OpenApiContact { Name = "Programmabureau Democratie in Actie", Email = "api@plein.example.nl", Url = new Uri("https://plein.example.nl/contact") },
            License = new OpenApiLicense { Name = "EUPL-1.2", Url = new Uri("https://eupl.eu/1.2/nl/") },
        };
        document.Servers = [new OpenApiServer { Url = "https://plein.example.nl/api/v1", Description = "Productie" }];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
            paths[path.StartsWith(ApiConventions.Root, StringComparison.Ordinal) ? path[ApiConventions.Root.Length..] : path] = item;
        document.Paths = paths;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas["Problem"] = ProblemSchema();
        return Task.CompletedTask;
    }

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "status", "title", "detail" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}

/// <summary>Per operation: the API-Version header on every response, and 400/404/429/500 as problem+json.</summary>
internal sealed class NlApiOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // Route values the handler does not take itself (the organisation, resolved by the tenant middleware) still belong in the contract.
        operation.Parameters ??= [];
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(context.Description.RelativePath ?? "", @"\{(?<name>[a-zA-Z]+)(:[^}]*)?\}"))
        {
            var name = m.Groups["name"].Value;
            if (operation.Parameters.Any(p => p.Name == name && p.In == ParameterLocation.Path)) continue;
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Path, Required = true,
                Description = name == "org" ? "De slug van de organisatie, bijvoorbeeld zwolle." : null,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        operation.Responses ??= new OpenApiResponses();
        foreach (var code in new[] { "400", "404", "429", "500" })
        {
            operation.Responses[code] = new OpenApiResponse
            {
                Description = ApiConventions.TitleFor(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("Problem", context.Document) },
                },
            };
        }
        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["API-Version"] = new OpenApiHeader
            {
                Description = "De volledige versie van de API.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d+\.\d+\.\d+$" },
            };
        }
        return Task.CompletedTask;
    }
}
