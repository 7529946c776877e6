using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Plein.Platform.Ui;

internal sealed record Crumb(string Text, string? Href);

internal static class Breadcrumbs
{
    private const string Key = "Breadcrumbs";

    /// <summary>Adds a step after Home (and the organisation, which the layout adds itself).</summary>
    public static void AddCrumb(this ViewDataDictionary viewData, string text, string? href = null)
    {
        if (viewData[Key] is not List<Crumb> list) viewData[Key] = list = [];
        list.Add(new Crumb(text, href));
    }

    public static IReadOnlyList<Crumb> Crumbs(this ViewDataDictionary viewData) => viewData[Key] as List<Crumb> ?? [];
}
