using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Plein.Browser.Flows;

/// <summary>A council member enrols, reads a lesson and passes a knowledge check with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CourseLearningTests(BrowserFixture fx)
{
    private const string Course = "/leren/het-uitdaagrecht-in-uw-organisatie";

    [GeneratedRegex("/les/[0-9a-f-]+$")]
    private static partial Regex LessonUrl();

    [Fact]
    public async Task ACouncilMemberTakesALessonAndAKnowledgeCheckWithTheKeyboardAlone()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/inloggen");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Input_Email");
        await page.Keyboard.TypeAsync("collegelid.overijssel@demo.plein.nl");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(SignIn.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/account$"));
        await page.GotoAsync(Course);
        await KeyboardAndNoScriptTests.TabToAsync(page, "Inschrijven voor deze training");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("U bent ingeschreven.");

        await KeyboardAndNoScriptTests.TabToAsync(page, "Begin met de eerste les");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(LessonUrl());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Wat is het uitdaagrecht?");
        await Assertions.Expect(page.GetByText("Uitgeschreven tekst van de video")).ToBeVisibleAsync();
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await KeyboardAndNoScriptTests.TabToAsync(page, "Klaar: naar de volgende les");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Zo voert u het uitdaagrecht in");
        await KeyboardAndNoScriptTests.TabToAsync(page, "Klaar: naar de volgende les");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kennischeck: de wet en de routeplanner");

        // Submitting without answers: the errors, then the answers by keyboard (the correct ones are 1, 2 and 1).
        await KeyboardAndNoScriptTests.TabToAsync(page, "Controleer mijn antwoorden");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Answers_0_-error")).ToHaveTextAsync("Kies een antwoord.");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Answers_0_");
        await page.Keyboard.PressAsync("Space");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Answers_1_");
        await page.Keyboard.PressAsync("ArrowDown");
        await KeyboardAndNoScriptTests.TabToAsync(page, "#Answers_2_");
        await page.Keyboard.PressAsync("Space");
        await KeyboardAndNoScriptTests.TabToAsync(page, "Controleer mijn antwoorden");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#uitslag")).ToContainTextAsync("Gehaald: 100% goed");
        await Assertions.Expect(page.Locator("#uitslag")).ToContainTextAsync("De wet verbreedt inspraak tot participatie");
        await KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);

        await page.GotoAsync(Course);
        await Assertions.Expect(page.Locator("#voortgang")).ToHaveTextAsync("3 van 6 lessen klaar.");
    }
}
