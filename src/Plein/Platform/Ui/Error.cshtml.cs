using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Ui;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    // Re-executed error requests keep their method and body; nothing is model-bound, so a bad form cannot break this page.
    public void OnGet() => Describe(RouteCode());
    public void OnPost() => Describe(RouteCode());

    private int RouteCode() => int.TryParse(RouteData.Values["code"] as string, out var code) ? code : 404;

    private void Describe(int code)
    {
        // On a re-executed request the original status is the truth; the route value may not survive re-execution.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } reExecuted) code = reExecuted.OriginalStatusCode;
        else if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is { } failure)
            code = failure.Error switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                // A form that cannot be read (over its limits, a NUL, bytes that are not UTF-8) is the sender's fault.
                Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException or InvalidDataException => 400,
                _ when Data.DatabaseUnavailable.Is(failure.Error) => 503,
                _ => 500,
            };
        if (code == 503) Data.DatabaseUnavailable.AddRetryAfter(Response);
        Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        (Title, Explanation) = code switch
        {
            400 => ("De aanvraag klopt niet", "Wat is verstuurd, kunnen we niet lezen. Ga terug en probeer het opnieuw."),
            403 => ("Geen toegang", "U mag deze pagina niet bekijken. Denkt u dat dit niet klopt? Neem contact op met de beheerder van uw organisatie."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres."),
            405 => ("Dit kan hier niet", "Deze actie bestaat niet op deze pagina. Ga terug en probeer het opnieuw."),
            410 => ("Deze organisatie bestaat niet meer", "U kunt hier nog lezen, maar niets meer wijzigen of toevoegen."),
            413 => ("Te groot", "Wat u stuurde is te groot. Een bestand mag hoogstens 10 MB zijn."),
            429 => ("Even wachten", "U heeft het te vaak geprobeerd. Wacht een minuut en probeer het opnieuw."),
            503 => ("Plein is even niet bereikbaar", "We kunnen de gegevens nu niet ophalen. Er is niets verloren gegaan. Probeer het over een minuut opnieuw."),
            _ when code >= 500 => ("Er ging iets mis", "Er ging iets mis aan onze kant. Probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Deze aanvraag kon niet worden afgehandeld."),
        };
    }
}
