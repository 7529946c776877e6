using System.Globalization;
using Plein.Platform.Ui;

namespace Plein.Tests.Platform.Ui;

/// <summary>Amounts as people type them, in Dutch and in English: a point with cents is never a thousands separator.</summary>
public sealed class AmountParsingTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL"), English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("4250", 4250)]
    [InlineData("4250,50", 4250.50)]
    [InlineData("4250.50", 4250.50)]
    [InlineData("4.250", 4250)]
    [InlineData("1.234.567,89", 1234567.89)]
    [InlineData("€ 15.000", 15000)]
    [InlineData("-5", -5)]
    public void DutchAmountsAreReadAsTyped(string typed, double expected) => Assert.Equal((decimal)expected, AmountModelBinder.Parse(typed, Dutch));

    [Theory]
    [InlineData("4,250", 4250)]
    [InlineData("4.25", 4.25)]
    [InlineData("1,234,567.89", 1234567.89)]
    [InlineData("4250,5", 4250.5)]
    public void EnglishAmountsAreReadAsTyped(string typed, double expected) => Assert.Equal((decimal)expected, AmountModelBinder.Parse(typed, English));

    [Theory]
    [InlineData("veel")]
    [InlineData("12a")]
    [InlineData("1,2,3.4.5")]
    public void NonsenseIsRefused(string typed) => Assert.Null(AmountModelBinder.Parse(typed, Dutch));
}
