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
    }

    /// <summary>A fresh code for the demo budget, made as staff would (the plain codes of the demo are never stored).</summary>
    private async Task<(Guid Budget, string Code)> NewCodeAsync()
    {
        await using var scope = fx.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<global::Plein.Data.PleinDb>();
        services.GetRequiredService<global::Plein.Platform.Tenancy.TenantContext>().Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "zwolle");
        var budget = await db.Set<global::Plein.Budgeting.Budget>().SingleAsync(b => b.Title == "Wijkbudget Holtenbroek 2027");
        var (_, codes) = await services.GetRequiredService<global::Plein.Platform.Verification.VotingCodes.VotingCodeService>().GenerateAsync(budget.Id, "browsertest", 1, CancellationToken.None);
        return (budget.Id, codes[0]);
    }
}
