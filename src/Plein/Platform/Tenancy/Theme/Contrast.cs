using System.Globalization;

namespace Plein.Platform.Tenancy.Theme;

/// <summary>WCAG 2.x contrast ratio, so an organisation cannot pick a colour that makes its own pages unreadable.</summary>
internal static class Contrast
{
    public static double Ratio(string hexA, string hexB)
    {
        var (a, b) = (Luminance(hexA), Luminance(hexB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
