using Microsoft.AspNetCore.Mvc;

namespace Plein.Platform.Api;

/// <summary>NL API Design Rules at the edge of /api: version header, no trailing slashes, every error as problem+json.</summary>
internal static class ApiConventions
{
    public const string Version = "1.0.0";
    public const string Root = "/api/v1";

    public static bool IsApi(this HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static IApplicationBuilder UseApiConventions(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.IsApi())
        {
            await next(context);
            return;
        }
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["API-Version"] = Version;
            return Task.CompletedTask;
        });
        var path = context.Request.Path.Value!;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            await WriteProblem(context, StatusCodes.Status404NotFound, "Niet gevonden", "Dit adres bestaat niet. Laat de schuine streep aan het eind weg.");
            return;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await WriteProblem(context, e.StatusCode, TitleFor(e.StatusCode), DetailFor(e.StatusCode));
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted && Data.DatabaseUnavailable.Is(e))
        {
            context.RequestServices.GetRequiredService<ILogger<Program>>().LogWarning(e, "API request failed: the database is unavailable");
            context.Response.Clear();
            Data.DatabaseUnavailable.AddRetryAfter(context.Response);
            await WriteProblem(context, StatusCodes.Status503ServiceUnavailable, TitleFor(503), DetailFor(503));
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILogger<Program>>().LogError(e, "API request failed");
            context.Response.Clear();
            await WriteProblem(context, 500, "Fout op de server", "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
            return;
        }
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && string.IsNullOrEmpty(context.Response.ContentType))
            await WriteProblem(context, context.Response.StatusCode, TitleFor(context.Response.StatusCode), DetailFor(context.Response.StatusCode));
    });

    public static Task WriteProblem(HttpContext context, int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = status;
        ProblemDetails problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        problem.Instance = context.Request.Path;
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }

    public static string TitleFor(int status) => status switch
    {
        400 => "Ongeldige aanvraag",
        401 => "Niet ingelogd",
        403 => "Geen toegang",
        404 => "Niet gevonden",
        405 => "Methode niet toegestaan",
        406 => "Formaat niet beschikbaar",
        413 => "Aanvraag te groot",
        415 => "Soort inhoud niet ondersteund",
        429 => "Te veel aanvragen",
        503 => "Even niet beschikbaar",
        _ => "Fout",
    };

    private static string DetailFor(int status) => status switch
    {
        400 => "De aanvraag is niet goed opgebouwd. Controleer de parameters.",
        401 => "Log in om dit te gebruiken.",
        403 => "U mag dit niet doen.",
        404 => "Dit adres bestaat niet.",
        405 => "Deze HTTP-methode kan hier niet gebruikt worden.",
        429 => "U doet te veel aanvragen. Wacht een minuut en probeer het opnieuw.",
        503 => "De gegevens zijn nu niet bereikbaar. Probeer het over een minuut opnieuw (zie Retry-After).",
        _ => "De aanvraag kon niet worden afgehandeld.",
    };
}

/// <summary>API calls get 401 instead of a redirect to the login page.</summary>
internal static class ApiAwareRedirects
{
    public static Task ToLogin(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx)
    {
        if (ctx.Request.IsApi()) ctx.Response.StatusCode = 401;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>A plain 403 for pages too: the status-code page explains it, no redirect hides the status.</summary>
    public static Task ToAccessDenied(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx)
    {
        ctx.Response.StatusCode = 403;
        return Task.CompletedTask;
    }
}
