using Microsoft.Playwright;
using Plein.Tests.Support;

[assembly: Plein.Browser.NoCspViolations]

namespace Plein.Browser;

/// <summary>Plein on Kestrel plus Debian's chromium driven by Playwright (no browser download: PLEIN_CHROMIUM or /usr/bin/chromium).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public PleinApp App { get; private set; } = default!;
    public IPlaywright Playwright { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = new PleinApp(PleinApp.Sqlite);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLEIN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString().TrimEnd('/'),
            JavaScriptEnabled = javaScript,
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        // Chromium reports every CSP violation on the console, also on pages without JavaScript.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                CspViolations.Enqueue($"{page.Url}: {message.Text}");
        };
        return page;
    }

    /// <summary>CSP violations seen since the last test ended; <see cref="NoCspViolationsAttribute"/> fails the test that caused them.</summary>
    public static System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        App.Dispose();
    }
}

/// <summary>Every browser test (assembly-wide): the pages it opened reported no Content-Security-Policy violation.</summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoCspViolationsAttribute : Xunit.Sdk.BeforeAfterTestAttribute
{
    public override void Before(System.Reflection.MethodInfo methodUnderTest) => BrowserFixture.CspViolations.Clear();

    public override void After(System.Reflection.MethodInfo methodUnderTest)
    {
        var seen = new List<string>();
        while (BrowserFixture.CspViolations.TryDequeue(out var violation)) seen.Add(violation);
        if (seen.Count > 0) throw new Xunit.Sdk.XunitException($"{seen.Count} Content-Security-Policy violations:\n" + string.Join("\n", seen.Distinct()));
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
