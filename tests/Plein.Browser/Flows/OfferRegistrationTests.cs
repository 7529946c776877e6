using Microsoft.Playwright;

namespace Plein.Browser.Flows;

/// <summary>A council member registers for a Raad in beraad evening with the keyboard alone, then cancels.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfferRegistrationTests(BrowserFixture fx)
{
    [Fact]
    public async Task ACouncilMemberRegistersWithTheKeyboardAlone()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("raadslid.overijssel@demo.plein.nl");
        await page.GetByLabel("Wachtwoord").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        await page.GotoAsync("/aanbod/raad-in-beraad");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Session");
        await page.Keyboard.PressAsync("Space");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Affiliation");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Statenlid, provincie Overijssel");
        await KeyboardAndNoScriptTests.TabToAsync(page, "Inschrijven", within: "#inschrijven");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("U bent ingeschreven.");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await page.Locator("form[id^='afmelden-'] button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("U bent afgemeld.");
    }
}
