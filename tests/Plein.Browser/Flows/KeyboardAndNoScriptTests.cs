using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plein.Browser.Flows;

[Collection(BrowserCollection.Name)]
public sealed partial class KeyboardAndNoScriptTests(BrowserFixture fx)
{
    private const string Password = "een lange zin als wachtwoord";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [Fact]
    public async Task ResidentRegistersAndLogsInWithTheKeyboardAlone()
    {
        var page = await fx.NewPageAsync();
        var email = $"toetsenbord-{Guid.NewGuid():N}@voorbeeld.nl";
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await FocusedTextAsync(page));

        await TabToAsync(page, "Account maken");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/account/registreren$"));
        await TabToAsync(page, "#Input_DisplayName");
        await page.Keyboard.TypeAsync("Karel Toets");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We hebben u een e-mail gestuurd");

        var mail = await fx.App.Smtp.WaitForMailToAsync(email);
        await page.GotoAsync(new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery);
        await TabToAsync(page, "Inloggen", within: "main");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/account/inloggen$"));
        await TabToAsync(page, "#Input_Email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Karel Toets");
    }

    [Fact]
    public async Task ResidentFindsAProposalAndSupportsItWithTheKeyboardAlone()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/inloggen?returnUrl=/zwolle/participatie");
        await TabToAsync(page, "#Input_Email");
        await page.Keyboard.TypeAsync("ambtenaar.zwolle@demo.plein.nl");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(SignIn.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("^https?://[^/]+/zwolle/participatie$"));
        await TabToAsync(page, "Groenplan Assendorp");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/zwolle/participatie/[0-9a-f-]+$"));
        await TabToAsync(page, "Groene daken op de bushokjes");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/zwolle/voorstellen/[0-9a-f-]+$"));
        await TabToAsync(page, "Steun dit voorstel");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("U steunt dit voorstel");
    }

    [Fact]
    public async Task ResidentAnswersASurveyWithTheKeyboardAloneAndBothPartsPassAxe()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/zwolle/participatie");
        await TabToAsync(page, "Groenplan Assendorp");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/zwolle/participatie/[0-9a-f-]+$"));
        await TabToAsync(page, "Groen in uw straat");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/zwolle/vragenlijsten/[0-9a-f-]+$"));
        // Radio groups: Tab enters the group, arrow keys choose.
        await TabToAsync(page, "#v1");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("12");
        await TabToAsync(page, "Volgende");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Deel 2 van 2");
        await Assertions.Expect(page.Locator("[name=v5]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page);
        await TabToAsync(page, "Versturen");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#v4-error")).ToContainTextAsync("Kies minstens één antwoord.");
        await AssertNoViolationsAsync(page);
        await TabToAsync(page, "#v4");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "Versturen");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bedankt! Uw antwoorden zijn verstuurd.");
        await TabToAsync(page, "Bekijk de resultaten");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("37 mensen hebben de vragenlijst ingevuld.");
    }

    [Fact]
    public async Task WhileWritingATitleSimilarProposalsAppear()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/account/inloggen?returnUrl=/zwolle/participatie");
        await page.GetByLabel("E-mailadres").FillAsync("inwoner.zwolle@demo.plein.nl");
        await page.GetByLabel("Wachtwoord").FillAsync(SignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Groenplan Assendorp" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Doe een voorstel" }).ClickAsync();
        await page.GetByLabel("Titel van uw voorstel").PressSequentiallyAsync("Meer bomen in de straat");
        await Assertions.Expect(page.Locator(".plein-similar")).ToContainTextAsync("Bomen in de Assendorperstraat");
        await AssertNoViolationsAsync(page);
    }

    internal static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task EverythingWorksWithoutJavaScript()
    {
        var page = await fx.NewPageAsync(javaScript: false);
        var email = $"zonderjs-{Guid.NewGuid():N}@voorbeeld.nl";
        await page.GotoAsync("/account/registreren");
        await page.GetByLabel("Uw naam").FillAsync("Zonder Script");
        await page.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Herhaal het wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Email-error")).ToContainTextAsync("geldig e-mailadres");
        await Assertions.Expect(page.GetByLabel("Uw naam")).ToHaveValueAsync("Zonder Script");

        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Herhaal het wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We hebben u een e-mail gestuurd");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
    }

    [Fact]
    public async Task TheAccessibilityEngineReallyReportsViolations()
    {
        var page = await fx.NewPageAsync();
        await page.SetContentAsync("<html lang='nl'><body><main><img src='x.png'><input type='text'></main></body></html>");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a"] } });
        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        Assert.Contains(result.Violations, v => v.Id == "label");
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement.innerText || document.activeElement.value || '').trim()");

    /// <summary>Presses Tab until the focused element has this text (or matches this #id); fails after 60 presses.</summary>
    internal static async Task TabToAsync(IPage page, string target, string? within = null)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var matches = await page.EvaluateAsync<bool>(
                "([t, w]) => { const e = document.activeElement; if (w && !e.closest(w)) return false; " +
                "return t.startsWith('#') ? e.id === t.slice(1) : (e.innerText || e.value || '').trim() === t; }", new object?[] { target, within });
            if (matches) return;
        }
        throw new InvalidOperationException($"Could not reach '{target}' with the Tab key.");
    }
}
