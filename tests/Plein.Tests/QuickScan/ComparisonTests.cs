using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.QuickScan.Scans;
using Plein.Tests.Support;

namespace Plein.Tests.QuickScan;

/// <summary>Benchmark, trend and the national view on the demo: Zwolle's nulmeting and five other gemeenten.</summary>
[Collection(AppCollection.Name)]
public sealed class ComparisonTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ZwollesReportComparesWithFiveGemeentenAndItsNulmeting(string provider)
    {
        var app = apps[provider];
        var id = app.WithDb(db => db.Set<Scan>().IgnoreQueryFilters().Single(s => s.State == ScanState.Gesloten && s.OrganisationId == db.Organisations.Single(o => o.Slug == "zwolle").Id).Id);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var report = await staff.GetAsync($"/zwolle/quickscan/{id}/rapport");
        Assert.Contains("Uw score naast het gemiddelde van 5 organisaties van dezelfde soort", report.Text, StringComparison.Ordinal);
        Assert.Contains("Uw score nu en bij de vorige scan", report.Text, StringComparison.Ordinal);
        Assert.Contains("Aanbod van Democratie in Actie dat hierbij past", report.Text, StringComparison.Ordinal);
        Assert.NotNull(report.Document.QuerySelector("main a[href^='/aanbod#']"));
        var trend = report.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Uw score nu", StringComparison.Ordinal));
        var row = trend.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).First(r => r[0] == "Betrokken inwoners");
        Assert.True(double.Parse(row[1], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) < double.Parse(row[2], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")),
            "the nulmeting was set lower: " + string.Join("|", row));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ProgrammeStaffSeeAveragesNotOneOrganisationsScores(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var page = await staff.GetAsync("/quickscan/landelijk");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var themes = page.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Gemiddelde score per thema en groep", StringComparison.Ordinal));
        var first = themes.QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.True(first[^1] is "6" or "7", "organisations: " + first[^1]);
        Assert.NotEqual("–", first[1]);
        Assert.Contains("Zwolle", page.Text, StringComparison.Ordinal);

        // Only provinces: Overijssel's scan is still being prepared, so no averages at all.
        var provinces = await staff.GetAsync("/quickscan/landelijk?soort=provincie");
        Assert.Contains("te weinig organisaties", provinces.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwolle", provinces.Text, StringComparison.Ordinal);

        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/quickscan/landelijk", follow: false)).Status);
    }
}
