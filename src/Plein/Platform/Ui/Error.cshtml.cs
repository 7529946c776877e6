using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Ui;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        (Title, Explanation) = code switch
        {
            400 => ("De aanvraag klopt niet", "Wat is verstuurd, kunnen we niet lezen. Ga terug en probeer het opnieuw."),
            403 => ("Geen toegang", "U mag deze pagina niet bekijken. Denkt u dat dit niet klopt? Neem contact op met de beheerder van uw organisatie."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres."),
            405 => ("Dit kan hier niet", "Deze actie bestaat niet op deze pagina. Ga terug en probeer het opnieuw."),
            429 => ("Even wachten", "U heeft het te vaak geprobeerd. Wacht een minuut en probeer het opnieuw."),
            _ when code >= 500 => ("Er ging iets mis", "Er ging iets mis aan onze kant. Probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Deze aanvraag kon niet worden afgehandeld."),
        };
    }
}
