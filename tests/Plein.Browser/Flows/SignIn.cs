using Microsoft.Playwright;
using OtpNet;

namespace Plein.Browser.Flows;

internal static class SignIn
{
    public const string Password = "Plein-demo-2026";
    public const string DemoKey = "PLEINDEMOKEYPLEINDEMOKEYPLEINDEM";

    /// <summary>Logs in a demo account without a second factor (a resident or council member).</summary>
    public static async Task AsMemberAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/inloggen"));
    }

    /// <summary>Logs in a demo admin: password, then a TOTP code computed independently of Plein.</summary>
    public static async Task AsAdminAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        await page.GetByLabel("Code").FillAsync(new Totp(Base32Encoding.ToBytes(DemoKey)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
    }
}
