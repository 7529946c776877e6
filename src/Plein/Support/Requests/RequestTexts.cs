namespace Plein.Support.Requests;

/// <summary>Dutch names of a request's steps (resource keys; the English is in the resource file).</summary>
internal static class RequestTexts
{
    public static string State(RequestState state) => state switch
    {
        RequestState.Ingediend => "aangevraagd",
        RequestState.Intake => "intake",
        RequestState.Gepland => "datum gepland",
        RequestState.Afgerond => "afgerond",
        _ => "afgewezen",
    };
}
