using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Plein.Browser.Flows;

/// <summary>A resident votes on the Holtenbroek budget with the code from the letter, with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BudgetBallotTests(BrowserFixture fx)
{
    [Fact]
    public async Task AResidentVotesWithACodeAndTheKeyboardAlone()
    {
        var (budget, code) = await NewCodeAsync();
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/zwolle/begroten/{budget}");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Code");
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#keuze")).ToBeVisibleAsync();

        // Projects in title order: Bankjes, Bloeiende bermen, Buurtmoestuin, Jongerenplek, Speelplek, Veilig oversteken.
        foreach (var box in new[] { "#Choice-3", "#Choice-4", "#Choice-5" })
        {
            await KeyboardAndNoScriptTests.TabToAsync(page, box);
            await page.Keyboard.PressAsync("Space");
        }
        // ballot.js: the total and the over-budget message follow each tick, in a polite live region, before anything is sent.
        var url = page.Url;
        await Assertions.Expect(page.Locator("#tussenstand")).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(page.Locator("#tussenstand")).ToContainTextAsync("Gekozen: 3 projecten, samen € 160.000 van € 150.000.");
        await Assertions.Expect(page.Locator("#tussenstand-melding")).ToHaveTextAsync("Uw keuze kost € 160.000. Dat is € 10.000 meer dan het budget van € 150.000. Haal een project weg of kies een goedkoper project.");
        Assert.Equal(url, page.Url);
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#tussenstand")).ToContainTextAsync("Gekozen: 2 projecten, samen € 100.000 van € 150.000.");
        await Assertions.Expect(page.Locator("#tussenstand-melding")).ToBeEmptyAsync();
        await page.Keyboard.PressAsync("Space");
        await KeyboardAndNoScriptTests.TabToAsync(page, "Verder naar controleren");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Uw keuze kost");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Choice-5");
        await page.Keyboard.PressAsync("Space");
        await KeyboardAndNoScriptTests.TabToAsync(page, "Tussenstand bijwerken");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#tussenstand")).ToContainTextAsync("2 projecten");
        await KeyboardAndNoScriptTests.TabToAsync(page, "Verder naar controleren");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#controleren")).ToBeVisibleAsync();
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await KeyboardAndNoScriptTests.TabToAsync(page, "Stem uitbrengen");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uw stem is uitgebracht.");
        await Assertions.Expect(page.Locator("#bewijs")).ToContainTextAsync("Uw bewijs van stemmen");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        // The same letter votes on the city-wide budget from the receipt, without typing the code again.
        await KeyboardAndNoScriptTests.TabToAsync(page, "Stem over Stadsbudget Zwolle 2027");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#keuze")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Stadsbudget Zwolle 2027");
    }

    /// <summary>The city-wide budget of the demo round takes Holtenbroek's letter; Holtenbroek's budget refuses the city's, saying why.</summary>
    [Fact]
    public async Task AWijksLetterAlsoVotesOnTheCityAndTheCitysLetterIsNotForTheWijk()
    {
        var (wijk, code) = await NewCodeAsync();
        var (city, cityCode) = await NewCodeAsync("Stadsbudget Zwolle 2027");
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/zwolle/begroten/{wijk}");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Code");
        await page.Keyboard.TypeAsync(cityCode);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Code-error")).ToContainTextAsync("Deze stemcode is alleen voor het budget voor de hele gemeente.");
        await Assertions.Expect(page.Locator("#elders a")).ToHaveAttributeAsync("href", $"/zwolle/begroten/{city}");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await page.GotoAsync($"/zwolle/begroten/{city}");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Code");
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#keuze")).ToBeVisibleAsync();
        // Approval with at most two projects: the live message counts the choices instead of money.
        foreach (var box in new[] { "#Choice", "#Choice-1", "#Choice-2" })
        {
            await KeyboardAndNoScriptTests.TabToAsync(page, box);
            await page.Keyboard.PressAsync("Space");
        }
        await Assertions.Expect(page.Locator("#tussenstand-melding")).ToHaveTextAsync("Kies hoogstens 2 projecten. U koos er 3.");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
    }

    /// <summary>A fresh code for a demo budget, made as staff would (the plain codes of the demo are never stored).</summary>
    private async Task<(Guid Budget, string Code)> NewCodeAsync(string title = "Wijkbudget Holtenbroek 2027")
    {
        await using var scope = fx.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<global::Plein.Data.PleinDb>();
        services.GetRequiredService<global::Plein.Platform.Tenancy.TenantContext>().Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "zwolle");
        var budget = await db.Set<global::Plein.Budgeting.Budget>().SingleAsync(b => b.Title == title);
        var (_, codes) = await services.GetRequiredService<global::Plein.Platform.Verification.VotingCodes.VotingCodeService>().GenerateAsync(budget.Id, "browsertest", 1, CancellationToken.None);
        return (budget.Id, codes[0]);
    }
}
