using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plein.Platform.Audit;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Tenancy;

[Collection(AppCollection.Name)]
public sealed class RegisterManagementTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static async Task<HtmlClient> StaffAsync(PleinApp app)
    {
        var client = app.Client();
        await client.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        return client;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task StaffAddRenameAndEndAnOrganisationKeepingItsHistory(string provider)
    {
        var app = apps[provider];
        using var staff = await StaffAsync(app);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var code = "GM9" + Random.Shared.Next(100, 999);
        var add = await staff.GetAsync("/organisaties/nieuw");
        var edit = await staff.SubmitAsync(add, new Dictionary<string, string>
        {
            ["Input.Kind"] = "gemeente", ["Input.Name"] = $"Nieuwdorp {suffix}", ["Input.Code"] = code, ["Input.Province"] = "Fryslân",
        });
        Assert.Equal($"/organisaties/nieuwdorp-{suffix}/wijzigen", edit.Response.RequestMessage!.RequestUri!.AbsolutePath);

        var renamed = await staff.SubmitAsync(edit, new Dictionary<string, string> { ["Rename.Name"] = $"Nieuwstad {suffix}" }, "#hernoemen");
        Assert.Equal($"/organisaties/nieuwstad-{suffix}/wijzigen", renamed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var ended = await staff.SubmitAsync(renamed, new Dictionary<string, string> { ["End.On"] = "2027-01-01" }, "#beeindigen");
        Assert.Contains("beëindigd op 2027-01-01", ended.Text, StringComparison.Ordinal);
        Assert.Contains($"Nieuwdorp {suffix} → Nieuwstad {suffix}", ended.Text, StringComparison.Ordinal);

        using var anonymous = app.Client();
        using var response = await anonymous.Http.GetAsync(new Uri($"/api/v1/organisaties/nieuwstad-{suffix}", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal("2027-01-01", json.GetProperty("eindDatum").GetString());
        var logged = app.WithDb(db => db.National<AuditEntry>().Count(a => a.Subject.Contains(suffix)));
        Assert.True(logged >= 6, $"expected audit entries in both logs, found {logged}");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AMergedMunicipalityPointsToItsSuccessor(string provider)
    {
        var app = apps[provider];
        using var staff = await StaffAsync(app);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        foreach (var name in new[] { "Oudedorp", "Groterdorp" })
        {
            var add = await staff.GetAsync("/organisaties/nieuw");
            await staff.SubmitAsync(add, new Dictionary<string, string> { ["Input.Kind"] = "gemeente", ["Input.Name"] = $"{name} {suffix}" });
        }
        var edit = await staff.GetAsync($"/organisaties/oudedorp-{suffix}/wijzigen");
        var merged = await staff.SubmitAsync(edit, new Dictionary<string, string> { ["Merge.Into"] = $"groterdorp-{suffix}", ["Merge.On"] = "2025-01-01" }, "#samenvoegen");
        Assert.Contains($"Groterdorp {suffix}", merged.Text, StringComparison.Ordinal);
        var home = await staff.GetAsync($"/oudedorp-{suffix}");
        Assert.Contains("Zij is opgegaan in", home.Text, StringComparison.Ordinal);
        Assert.NotNull(home.Document.QuerySelector($"main a[href='/groterdorp-{suffix}']"));
        var write = await staff.PostAsync($"/oudedorp-{suffix}/inloggen", [], follow: false);
        Assert.Equal(HttpStatusCode.Gone, write.Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnEndDateStillToComeLeavesTheOrganisationActiveUntilThen(string provider)
    {
        var app = apps[provider];
        using var staff = await StaffAsync(app);
        var edit = await staff.GetAsync("/organisaties/waterschap-drents-overijsselse-delta/wijzigen");
        var future = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ended = await staff.SubmitAsync(edit, new Dictionary<string, string> { ["End.On"] = future }, "#beeindigen");
        Assert.Contains($"wordt beëindigd op {future}", ended.Text, StringComparison.Ordinal);
        var home = await staff.GetAsync("/");
        Assert.NotNull(home.Document.QuerySelector("main a[href='/waterschap-drents-overijsselse-delta']"));
        var page = await staff.GetAsync("/waterschap-drents-overijsselse-delta");
        Assert.Contains("Deze organisatie stopt op", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputIsRefusedWithDutchMessagesAndKeptInTheForm()
    {
        var app = apps[PleinApp.Sqlite];
        using var staff = await StaffAsync(app);
        var before = app.WithDb(db => db.Organisations.Count());
        var add = await staff.GetAsync("/organisaties/nieuw");
        var page = await staff.SubmitAsync(add, new Dictionary<string, string>
        {
            ["Input.Kind"] = "gemeente", ["Input.Name"] = "Zwolle", ["Input.Code"] = "XX12", ["Input.Province"] = "Atlantis",
        });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("GM met 4 cijfers", page.FieldError("Input.Code"), StringComparison.Ordinal);
        Assert.Contains("Kies een provincie uit de lijst", page.FieldError("Input.Province"), StringComparison.Ordinal);
        Assert.Equal("XX12", page.Value("Input.Code"));
        var duplicate = await staff.SubmitAsync(page, new Dictionary<string, string> { ["Input.Kind"] = "gemeente", ["Input.Name"] = "Zwolle", ["Input.Code"] = "GM0193" });
        Assert.Contains("hoort al bij een andere organisatie", duplicate.FieldError("Input.Code"), StringComparison.Ordinal);
        var edit = await staff.GetAsync("/organisaties/aalten/wijzigen");
        var badDate = await staff.SubmitAsync(edit, new Dictionary<string, string> { ["End.On"] = "31-31-2027" }, "#beeindigen");
        Assert.NotNull(badDate.FieldError("End.On"));
        Assert.Equal(before, app.WithDb(db => db.Organisations.Count()));
        Assert.Null(app.WithDb(db => db.Organisations.AsNoTracking().Single(o => o.Slug == "aalten").EndedOn));
    }

    [Theory]
    [InlineData("inwoner", "zwolle")]
    [InlineData("beheerder", "zwolle")]
    public async Task OnlyProgrammeStaffMayChangeTheRegister(string role, string org)
    {
        using var client = apps[PleinApp.Sqlite].Client();
        await client.SignInAsync(Demo.Email(role, org));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/organisaties/nieuw")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/organisaties/aalten/wijzigen")).Status);
    }
}
