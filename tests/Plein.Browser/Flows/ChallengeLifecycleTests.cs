using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Plein.Browser.Flows;

/// <summary>Uitdaagrecht in Zwolle in a real browser: a keyboard-only request, then handling, decision, agreement, report and evaluation, axe-checked on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChallengeLifecycleTests(BrowserFixture fx)
{
    private static Task AssertNoViolationsAsync(IPage page) => KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);

    private static async Task TypeAfterTabAsync(IPage page, string text)
    {
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task AResidentGroupTakesOverATaskFromRequestToEvaluation()
    {
        var resident = await fx.NewPageAsync();
        await SignIn.AsMemberAsync(resident, "inwoner.zwolle@demo.plein.nl");
        await resident.GotoAsync("/zwolle/uitdaagrecht");
        await AssertNoViolationsAsync(resident);

        // The request, with the keyboard alone.
        await KeyboardAndNoScriptTests.TabToAsync(resident, "Aanvraag beginnen");
        await resident.Keyboard.PressAsync("Enter");
        await resident.WaitForURLAsync(new Regex("/uitdaagrecht/aanvraag$"));
        await AssertNoViolationsAsync(resident);
        await KeyboardAndNoScriptTests.TabToAsync(resident, "#Input_GroupName");
        await resident.Keyboard.TypeAsync("Stichting Boomspiegels Holtenbroek");
        await TypeAfterTabAsync(resident, "Stichting");
        await TypeAfterTabAsync(resident, "41234567");
        await resident.Keyboard.PressAsync("Tab");
        await resident.Keyboard.PressAsync("Space");
        await TypeAfterTabAsync(resident, "Twintig buren die al jaren samen tuinieren.");
        await TypeAfterTabAsync(resident, "Groen");
        await TypeAfterTabAsync(resident, "De boomspiegels in Holtenbroek beplanten en onderhouden");
        await TypeAfterTabAsync(resident, "Wij planten bloemen in plaats van tegels, voor minder geld dan de aannemer.");
        // A date field takes several Tab presses (day, month, year): go on to the next field by its id.
        await KeyboardAndNoScriptTests.TabToAsync(resident, "#Input_SupportEvidence");
        await resident.Keyboard.TypeAsync("Zestig handtekeningen uit de buurt.");
        await resident.Keyboard.PressAsync("Tab");
        await TypeAfterTabAsync(resident, "9000");
        await TypeAfterTabAsync(resident, "10000");
        await TypeAfterTabAsync(resident, "Plantgoed en een contactpersoon.");
        await TypeAfterTabAsync(resident, "Een rooster met vaste vervangers.");
        await KeyboardAndNoScriptTests.TabToAsync(resident, "Indienen");
        await resident.Keyboard.PressAsync("Enter");
        await Assertions.Expect(resident.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uw aanvraag is ingediend");
        await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("Kenmerk");
        await AssertNoViolationsAsync(resident);
        var requestUrl = resident.Url;

        // The handler takes it through the steps, assesses and grants it.
        var handler = await fx.NewPageAsync();
        await SignIn.AsAdminAsync(handler, "beheerder.zwolle@demo.plein.nl");
        await handler.GotoAsync("/zwolle/uitdaagrecht/behandeling");
        await AssertNoViolationsAsync(handler);
        await handler.GetByRole(AriaRole.Link, new() { Name = "De boomspiegels in Holtenbroek beplanten en onderhouden" }).ClickAsync();
        await AssertNoViolationsAsync(handler);
        await handler.GetByRole(AriaRole.Button, new() { Name = "Ik behandel deze aanvraag" }).ClickAsync();
        for (var i = 0; i < 4; i++) await handler.GetByRole(AriaRole.Button, new() { Name = "Naar de volgende stap" }).ClickAsync();
        await handler.Locator("#Assessment_Rows_0__Score").SelectOptionAsync("4");
        await handler.Locator("#Assessment_Rows_0__Note").FillAsync("Bloemen in plaats van tegels.");
        await handler.GetByRole(AriaRole.Button, new() { Name = "Beoordeling opslaan" }).ClickAsync();
        await handler.Locator("#Decision_Outcome").SelectOptionAsync("toekennen");
        await handler.GetByLabel("Redenen").FillAsync("Meer groen, meer buren die meedoen, en goedkoper dan nu.");
        await handler.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen en versturen" }).ClickAsync();
        await Assertions.Expect(handler.Locator("main")).ToContainTextAsync("Het besluit is vastgelegd");
        await AssertNoViolationsAsync(handler);

        await handler.GetByRole(AriaRole.Link, new() { Name = "Afspraken vastleggen" }).ClickAsync();
        await AssertNoViolationsAsync(handler);
        await handler.GetByLabel("Resultaten").FillAsync("Boomspiegels met bloemen\nVrijwilligers per maand");
        await handler.GetByRole(AriaRole.Button, new() { Name = "Afspraken opslaan en versturen" }).ClickAsync();
        await handler.GetByRole(AriaRole.Button, new() { Name = "De uitvoering begint" }).ClickAsync();
        await Assertions.Expect(handler.Locator("main")).ToContainTextAsync("De uitvoering is begonnen.");

        // The group reports progress.
        await resident.GotoAsync(requestUrl);
        await AssertNoViolationsAsync(resident);
        await resident.GetByRole(AriaRole.Link, new() { Name = "Voortgang rapporteren" }).ClickAsync();
        await AssertNoViolationsAsync(resident);
        await resident.GetByLabel("Over welke periode?").FillAsync("De eerste maanden");
        await resident.GetByLabel("Wat hebt u gedaan?").FillAsync("Veertig boomspiegels beplant.");
        await resident.GetByLabel("Boomspiegels met bloemen").FillAsync("40");
        await resident.GetByLabel("Vrijwilligers per maand").FillAsync("18");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Rapportage versturen" }).ClickAsync();
        await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("Veertig boomspiegels beplant.");

        // The evaluation, and the result in the public register.
        await handler.ReloadAsync();
        await handler.GetByRole(AriaRole.Button, new() { Name = "Evaluatie starten" }).ClickAsync();
        await handler.WaitForURLAsync(new Regex("/evaluatie$"));
        await AssertNoViolationsAsync(handler);
        await handler.Locator("#Input_Outcome").SelectOptionAsync("Voortzetten");
        await handler.GetByLabel("Wat hebben we geleerd?").FillAsync("Plantgoed op tijd bestellen.");
        await handler.GetByLabel("Wat heeft het opgeleverd?").FillAsync("Veertig boomspiegels bloeien in Holtenbroek.");
        await handler.GetByRole(AriaRole.Button, new() { Name = "Evaluatie vastleggen" }).ClickAsync();
        await Assertions.Expect(handler.Locator("main")).ToContainTextAsync("De evaluatie is vastgelegd.");

        var visitor = await fx.NewPageAsync();
        await visitor.GotoAsync("/zwolle/uitdaagrecht/register");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Veertig boomspiegels bloeien in Holtenbroek.");
        await AssertNoViolationsAsync(visitor);
    }
}
