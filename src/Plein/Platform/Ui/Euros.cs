using System.Collections.Concurrent;
using System.Globalization;

namespace Plein.Platform.Ui;

/// <summary>Amounts in euros in every language: the English culture (en-GB) would otherwise write pounds.</summary>
internal static class Euros
{
    private static readonly ConcurrentDictionary<string, NumberFormatInfo> Formats = new();

    /// <summary>Without cents when the amount is whole: "€ 1.250" but "€ 12,50".</summary>
    public static string Format(decimal amount) => amount.ToString(amount == decimal.Truncate(amount) ? "C0" : "C", Current);

    /// <summary>Always in cents, for amounts that are accounted for (grants, what was spent).</summary>
    public static string Exact(decimal amount) => amount.ToString("C", Current);

    /// <summary>Whole euros, for budgets per year.</summary>
    public static string Whole(decimal amount) => amount.ToString("C0", Current);

    private static NumberFormatInfo Current => Formats.GetOrAdd(CultureInfo.CurrentCulture.Name, _ =>
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return format;
    });
}
