using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plein.Support.Contracts;
using Plein.Tests.Support;

namespace Plein.Tests.Support;

/// <summary>The query the quick scan uses: offer items for an aandachtsgebied and target groups, on the seeded national offer.</summary>
[Collection(AppCollection.Name)]
public sealed class OfferCatalogueTests(Apps apps)
{
    private async Task<List<string>> TitlesAsync(int area, params TargetGroup[] groups)
    {
        using var scope = apps[PleinApp.Sqlite].Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IOfferCatalogue>();
        return [.. (await catalogue.ForAsync(area, groups, 5, CancellationToken.None)).Select(s => s.Title)];
    }

    [Fact]
    public async Task ItemsForTheAreaAndMoreOfTheGroupsComeFirst()
    {
        var council = await TitlesAsync(1, TargetGroup.Raadsleden, TargetGroup.Griffiers);
        Assert.Equal(["Grip op regionale samenwerking", "Leerkring raadsakkoorden", "Raad in beraad", "Versterking lokale driehoeken"], council);
        Assert.Equal(["Training weerbaar bestuur"], await TitlesAsync(6, TargetGroup.Burgemeesters));
        Assert.Empty(await TitlesAsync(6, TargetGroup.Inwoners));
        Assert.Contains("Webinar digitale participatie", await TitlesAsync(5, TargetGroup.Inwoners));
    }

    [Fact]
    public async Task SuggestionsLinkToTheCatalogue()
    {
        using var scope = apps[PleinApp.Sqlite].Services.CreateScope();
        var suggestion = (await scope.ServiceProvider.GetRequiredService<IOfferCatalogue>().ForAsync(2, [TargetGroup.Wethouders], 1, CancellationToken.None)).Single();
        Assert.Equal("/aanbod#summer-school-democratie", suggestion.Path);
        using var visitor = apps[PleinApp.Sqlite].Client();
        var page = await visitor.GetAsync("/aanbod");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.GetElementById("summer-school-democratie"));
        Assert.Contains("Toegeruste politieke ambtsdragers", page.Text, StringComparison.Ordinal);
    }
}
