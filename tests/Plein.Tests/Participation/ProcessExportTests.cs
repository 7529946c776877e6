using System.Net;
using System.Text.Json;
using Plein.Tests.Support;

namespace Plein.Tests.Participation;

[Collection(AppCollection.Name)]
public sealed class ProcessExportTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task StaffExportOpenDataWithoutPersonalData(string provider)
    {
        var app = apps[provider];
        var process = app.WithDb(db => db.National<global::Plein.Participation.Process>().Single(p => p.Title == "Groenplan Assendorp").Id);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        foreach (var what in new[] { "voorstellen", "reacties", "steun" })
        {
            using var csv = await staff.Http.GetAsync(new Uri($"/zwolle/participatie/{process}/export/{what}.csv", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var text = await csv.Content.ReadAsStringAsync();
            Assert.DoesNotContain("@demo.plein.nl", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Zwolle", text, StringComparison.Ordinal);
            Assert.True(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 2, what);

            using var xlsx = await staff.Http.GetAsync(new Uri($"/zwolle/participatie/{process}/export/{what}.xlsx", UriKind.Relative));
            using (var zip = new System.IO.Compression.ZipArchive(await xlsx.Content.ReadAsStreamAsync()))
                Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));

            using var json = await staff.Http.GetAsync(new Uri($"/zwolle/participatie/{process}/export/{what}.json", UriKind.Relative));
            var rows = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
            Assert.True(rows.GetArrayLength() >= 1);
            Assert.DoesNotContain("userId", rows.GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("authorId", rows.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task OnlyStaffOfTheOrganisationMayExport()
    {
        var app = apps[PleinApp.Sqlite];
        var process = app.WithDb(db => db.National<global::Plein.Participation.Process>().Single(p => p.Title == "Groenplan Assendorp").Id);
        using var anonymous = app.Client();
        using var a = await anonymous.Http.GetAsync(new Uri($"/zwolle/participatie/{process}/export/voorstellen.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        using var r = await resident.Http.GetAsync(new Uri($"/zwolle/participatie/{process}/export/voorstellen.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using var other = app.Client();
        await other.SignInAsync(Demo.Email("ambtenaar", "overijssel"));
        using var o = await other.Http.GetAsync(new Uri($"/zwolle/participatie/{process}/export/voorstellen.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, o.StatusCode);
        using var elsewhere = await other.Http.GetAsync(new Uri($"/provincie-overijssel/participatie/{process}/export/voorstellen.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}
