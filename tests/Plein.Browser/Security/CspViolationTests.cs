namespace Plein.Browser.Security;

/// <summary>The CSP check every browser test gets (NoCspViolationsAttribute) sees a real violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CspViolationTests(BrowserFixture fx)
{
    [Fact]
    public async Task AnInlineStyleIsRefusedAndReported()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'body { color: red }'; document.head.appendChild(s); }");
        for (var i = 0; i < 50 && BrowserFixture.CspViolations.IsEmpty; i++) await Task.Delay(100);
        Assert.Contains(BrowserFixture.CspViolations, v => v.Contains("style-src", StringComparison.Ordinal));
        BrowserFixture.CspViolations.Clear();
        await page.Context.CloseAsync();
    }
}
