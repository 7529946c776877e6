using System.Globalization;
using Plein.Platform.Ui;

namespace Plein.Tests.Platform;

public sealed class EurosTests
{
    private static string In(string culture, Func<string> format)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try { return format(); }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public void AmountsAreInEurosInEveryLanguage(string culture)
    {
        foreach (var text in new[] { In(culture, () => Euros.Format(1250m)), In(culture, () => Euros.Exact(12.5m)), In(culture, () => Euros.Whole(40000m)) })
        {
            Assert.Contains("€", text, StringComparison.Ordinal);
            Assert.DoesNotContain("£", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CentsOnlyWhereTheyCount()
    {
        Assert.Equal("€ 1.250", In("nl-NL", () => Euros.Format(1250m)).Replace('\u00A0', ' '));
        Assert.Equal("€ 12,50", In("nl-NL", () => Euros.Format(12.5m)).Replace('\u00A0', ' '));
        Assert.Equal("€ 1.250,00", In("nl-NL", () => Euros.Exact(1250m)).Replace('\u00A0', ' '));
        Assert.Equal("€40,000", In("en-GB", () => Euros.Whole(40000m)));
    }
}
