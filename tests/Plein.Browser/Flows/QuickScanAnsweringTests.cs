using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plein.Data;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.Browser.Flows;

/// <summary>A member of a water board's general board answers the quick scan, stops halfway, and resumes on another device.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickScanAnsweringTests(BrowserFixture fx)
{
    /// <summary>An open scan for the water board, made straight in the database (the pages that open one are tested elsewhere).</summary>
    private async Task<string> OpenScanAsync()
    {
        using var scope = fx.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "waterschap-drents-overijsselse-delta");
        var version = await NationalQuestionnaire.CurrentAsync(db, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var scan = new Scan
        {
            Id = Guid.NewGuid(), OrganisationId = org.Id, VersionId = version.Id, State = ScanState.Open, AgreementAcceptedBy = Guid.Empty,
            AgreementAcceptedAt = now, CreatedAt = now, Starts = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-1)), Ends = DateOnly.FromDateTime(now.UtcDateTime.AddDays(20)),
            Trekker = "Griffier", OpenedAt = now,
        };
        var survey = ScanSurvey.Build(scan, version, org, now);
        (survey.OrganisationId, survey.Published, scan.SurveyId) = (org.Id, true, survey.Id);
        db.AddRange(survey, scan);
        await db.SaveChangesAsync();
        return $"/{org.Slug}/quickscan/{scan.Id}/voor/raadsleden";
    }

    private static Task AssertNoViolationsAsync(IPage page) => KeyboardAndNoScriptTests.AssertNoViolationsAsync(page);

    /// <summary>Ticks the same column in every statement of the part on screen.</summary>
    private static async Task AnswerPartAsync(IPage page, string column)
    {
        var names = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('#vragenlijst input[type=radio]')].map(r => r.name))]");
        foreach (var name in names) await page.Locator($"input[name='{name}'][value='{column}']").CheckAsync();
    }

    [Fact]
    public async Task ABoardMemberAnswersPausesAndResumesOnAnotherDevice()
    {
        var landing = await OpenScanAsync();
        var page = await fx.NewPageAsync();
        await page.GotoAsync(landing);
        await AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Begin met de vragenlijst" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/vragenlijsten/[0-9a-f-]+$"));

        // The classification: the general board counts as the council group, so its statements follow.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Lid van het algemeen bestuur", Exact = true }).CheckAsync();
        await page.Locator("button[name=actie][value=volgende]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Een krachtige volksvertegenwoordiging");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Weet niet");
        await AssertNoViolationsAsync(page);
        await AnswerPartAsync(page, "3");
        await page.Locator("button[name=actie][value=volgende]").ClickAsync();
        await AnswerPartAsync(page, "5");
        await page.Locator("button[name=actie][value=opslaan]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Uw antwoorden zijn bewaard");
        var resume = (await page.Locator(".plein-code").InnerTextAsync()).Trim();
        Assert.Contains("/hervat/", resume, StringComparison.Ordinal);

        // Another device: the resume link brings back the answers, and the rest can be sent.
        var laptop = await fx.NewPageAsync();
        await laptop.GotoAsync(new Uri(resume).PathAndQuery);
        await Assertions.Expect(laptop.Locator("input[type=radio][value='5']:checked").First).ToBeVisibleAsync();
        for (var part = 0; part < 12; part++)
        {
            await AnswerPartAsync(laptop, "2");
            var send = laptop.Locator("button[name=actie][value=versturen]");
            if (await send.CountAsync() > 0)
            {
                await send.ClickAsync();
                break;
            }
            await laptop.Locator("button[name=actie][value=volgende]").ClickAsync();
        }
        await Assertions.Expect(laptop.Locator("main")).ToContainTextAsync("Bedankt! Uw antwoorden zijn verstuurd.");
        await AssertNoViolationsAsync(laptop);
    }
}
