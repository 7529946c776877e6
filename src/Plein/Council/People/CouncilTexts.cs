namespace Plein.Council.People;

internal static class CouncilTexts
{
    public static string Describe(PersonFunction function) => function switch
    {
        PersonFunction.Raadslid => "raadslid",
        PersonFunction.Burgemeester => "burgemeester",
        PersonFunction.Wethouder => "wethouder",
        PersonFunction.Griffier => "griffier",
        _ => "commissielid",
    };
}
