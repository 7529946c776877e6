using System.Net;
using System.Text.Json;
using Ical.Net;
using Plein.Tests.Support;

namespace Plein.Tests.Council;

/// <summary>The public record: agenda pages, the iCalendar feeds, search and the ODS open data API.</summary>
[Collection(AppCollection.Name)]
public sealed class CouncilRecordTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static readonly Dictionary<string, string[]> OdsEnums = new()
    {
        ["vergaderingstype"] = ["raadsvergadering", "commissievergadering", "presidium", "statenvergadering", "algemene_bestuursvergadering"],
        ["status"] = ["gepland", "gehouden", "geannuleerd"],
        ["keuzeStemming"] = ["voor", "tegen", "afwezig", "onthouden"],
        ["resultaatMondelingeStemming"] = ["voor", "tegen", "gelijk"],
        ["stemmingstype"] = ["hoofdelijk", "regulier", "schriftelijk"],
        ["motietype"] = ["voorstel", "afkeuring", "treurnis", "wantrouwen", "vreemd", "overig"],
        ["informatieobjecttype"] = ["vraag", "antwoord", "motie", "besluitvormingsstuk", "ingekomen_stuk", "toezegging", "mededeling", "amendement", "voorstel"],
        ["fractiestemresultaat"] = ["aangenomen", "verworpen", "verdeeld"],
        ["functie"] = ["burgemeester", "wethouder", "raadslid", "burgerlid", "griffier"],
    };

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDemoCouncilIsPublicWithItsAgendaMotionsAndCalendar(string provider)
    {
        using var anonymous = apps[provider].Client();
        var home = await anonymous.GetAsync("/zwolle/raad");
        Assert.Contains("Lokaal Zwolle", home.Text, StringComparison.Ordinal);
        Assert.Equal(29, home.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Fracties en", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Sum(r => int.Parse(r.QuerySelectorAll("td")[0].TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        var tonight = home.Document.QuerySelectorAll("a").First(a => a.TextContent.StartsWith("Raadsvergadering", StringComparison.Ordinal) && !a.TextContent.StartsWith("Raadsvergadering 9 november", StringComparison.Ordinal)).GetAttribute("href")!;
        var meeting = await anonymous.GetAsync(tonight);
        foreach (var text in new[] { "Raadsvoorstel Uitvoeringsagenda participatie 2027-2028", "Amendement Jongeren aan tafel", "Motie Maak het uitdaagrecht bekend", "motie vreemd aan de orde van de dag", "Wat inwoners zeiden", "hamerstuk" })
            Assert.Contains(text, meeting.Text, StringComparison.Ordinal);
        Assert.Contains("Ingediend door: Anouk Veldhuis, Gerard Scholten", meeting.Text, StringComparison.Ordinal);

        var ics = await anonymous.Http.GetAsync(new Uri(tonight + ".ics", UriKind.Relative));
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await ics.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Raadsvergadering", Assert.Single(calendar.Events).Summary, StringComparison.Ordinal);
        var feed = Calendar.Load(await anonymous.Http.GetStringAsync("/zwolle/raad/organen/raad.ics"))!;
        Assert.Equal(2, feed.Events.Count(e => e.Summary!.Contains("(Zwolle)", StringComparison.Ordinal) && e.Summary.StartsWith("Raadsvergadering", StringComparison.Ordinal) && e.Status == "CONFIRMED") >= 2 ? 2 : -1);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/zwolle/raad/organen/bestaat-niet.ics", follow: false)).Status);

        var search = await anonymous.GetAsync("/zwolle/raad/zoeken?q=bewonersorganisaties");
        Assert.Contains("Motie Maak het uitdaagrecht bekend", search.Text, StringComparison.Ordinal);
        var tooShort = await anonymous.GetAsync("/zwolle/raad/zoeken?q=a");
        Assert.Contains("Zoek op 2 tot 100 tekens.", tooShort.Text, StringComparison.Ordinal);
        Assert.Equal("a", tooShort.Value("q"));
        Assert.Contains("0 resultaten", (await anonymous.GetAsync("/zwolle/raad/zoeken?q=%25_%5C")).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheOpenDataFollowsTheOdsResourcesAndEnumerations(string provider)
    {
        using var anonymous = apps[provider].Client();
        const string root = "/api/v1/zwolle/raadsinformatie/";
        foreach (var resource in new[] { "vergaderingen", "agendapunten", "besluiten", "stemmingen", "stemmen", "fracties", "fractielidmaatschappen", "indieners", "informatieobjecten", "natuurlijkpersonen", "aanwezigedeelnemers" })
        {
            var response = await anonymous.Http.GetAsync(new Uri(root + resource, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.TryGetProperty("next", out _) && json.RootElement.TryGetProperty("previous", out _), resource);
            var results = json.RootElement.GetProperty("results");
            Assert.True(results.GetArrayLength() > 0, resource);
            foreach (var row in results.EnumerateArray())
            {
                Assert.StartsWith($"http", row.GetProperty("url").GetString(), StringComparison.Ordinal);
                Assert.Contains($"/raadsinformatie/{resource}/{row.GetProperty("id").GetString()}", row.GetProperty("url").GetString(), StringComparison.Ordinal);
                foreach (var (field, allowed) in OdsEnums.Where(e => e.Key != "status" || resource == "vergaderingen"))
                    if (row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String) Assert.Contains(value.GetString(), allowed);
            }
        }
        var meeting = JsonDocument.Parse(await anonymous.Http.GetStringAsync(root + "vergaderingen?vergaderingstype=raadsvergadering")).RootElement.GetProperty("results")[0];
        Assert.Equal("RAAD", meeting.GetProperty("georganiseerdDoorGremium").GetProperty("gremiumidentificatie").GetString());
        Assert.Equal("0193", meeting.GetProperty("gemeente").GetProperty("gemeentecode").GetString());
        var membership = JsonDocument.Parse(await anonymous.Http.GetStringAsync(root + "fractielidmaatschappen")).RootElement.GetProperty("results")[0];
        foreach (var field in new[] { "fractie", "natuurlijkPersoon", "datumBeginFractieLidmaatschap", "indicatieVoorzitter" }) Assert.True(membership.TryGetProperty(field, out _), field);
        var motions = JsonDocument.Parse(await anonymous.Http.GetStringAsync(root + "informatieobjecten?informatieobjecttype=motie")).RootElement.GetProperty("results");
        Assert.Contains(motions.EnumerateArray(), m => m.GetProperty("motietype").GetString() == "vreemd");
        var vote = JsonDocument.Parse(await anonymous.Http.GetStringAsync(root + "stemmingen")).RootElement.GetProperty("results").EnumerateArray().First(v => v.GetProperty("stemmen").GetArrayLength() == 29);
        var perFraction = JsonDocument.Parse(await anonymous.Http.GetStringAsync(root + $"stemresultatenperfractie?stemming={vote.GetProperty("id").GetString()}")).RootElement.GetProperty("results");
        Assert.Contains(perFraction.EnumerateArray(), f => f.GetProperty("fractiestemresultaat").GetString() == "aangenomen");

        foreach (var bad in new[] { "vergaderingen?status=Gepland", "vergaderingen?page=0", "vergaderingen?vergaderdatum=morgen", "informatieobjecten?informatieobjecttype=brief", "stemresultatenperfractie" })
        {
            var response = await anonymous.Http.GetAsync(new Uri(root + bad, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var missing = await anonymous.Http.GetAsync(new Uri(root + $"vergaderingen/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
