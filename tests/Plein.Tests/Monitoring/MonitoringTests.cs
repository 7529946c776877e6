using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Monitoring.Kpis;
using Plein.Tests.Support;

namespace Plein.Tests.Monitoring;

/// <summary>The programme's KPIs computed from the modules' data, the dashboard, organisations by activity and the open data.</summary>
[Collection(AppCollection.Name)]
public sealed class MonitoringTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;
    private static readonly string[] Counted = ["knelpunten", "digitale-raadsvergaderingen", "uitdaagrecht-open", "begroten-stemmers"];
    private static readonly bool[] Both = [false, true];
    private static readonly bool[] DigitalOrNot = [true, false];

    private static decimal? Measure(PleinApp app, string key)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<global::Plein.Data.PleinDb>();
        var kpi = db.Set<Kpi>().AsNoTracking().Single(k => k.Key == key);
        var today = global::Plein.Platform.Tenancy.Organisation.Today;
        return scope.ServiceProvider.GetRequiredService<KpiValues>().ValueAsync(kpi, KpiValues.CurrentPeriod(kpi, today), CancellationToken.None).GetAwaiter().GetResult();
    }

    [Theory, MemberData(nameof(Providers))]
    public void ComputedKpisCountWhatTheModulesHold(string provider)
    {
        var app = apps[provider];
        var before = Counted.ToDictionary(k => k, k => Measure(app, k) ?? 0);
        var now = DateTimeOffset.UtcNow;
        app.WithDb(db =>
        {
            var orgs = db.Organisations.Where(o => o.Slug == "zwolle" || o.Slug == "provincie-overijssel" || o.Slug == "aalten").ToDictionary(o => o.Slug, o => o.Id);
            var community = db.Set<global::Plein.Knowledge.Communities.Community>().First().Id;
            var user = db.Users.First().Id;
            // Two knelpunten, one of them hidden by a moderator: one counts.
            foreach (var hidden in Both)
                db.Add(new global::Plein.Knowledge.Bottlenecks.Bottleneck { Id = Guid.NewGuid(), CommunityId = community, Title = "Telling", Description = "Telling", ReportedBy = user,
                    OrganisationId = orgs["zwolle"], CreatedAt = now, HiddenAt = hidden ? now : null });
            // A digital meeting that opened and one on location: one counts.
            var raad = db.National<global::Plein.Council.People.CouncilBody>().First(b => b.OrganisationId == orgs["zwolle"] && b.Code == "RAAD").Id;
            foreach (var digital in DigitalOrNot)
                db.Add(new global::Plein.Council.Meetings.Meeting { Id = Guid.NewGuid(), OrganisationId = orgs["zwolle"], BodyId = raad, Name = "Telling", IsDigital = digital, OpenedAt = now,
                    PlannedStart = now, PlannedEnd = now.AddHours(2), UpdatedAt = now });
            // Aalten opens its uitdaagrecht.
            db.Add(new global::Plein.Challenges.Rules.ChallengeRules { Id = Guid.NewGuid(), OrganisationId = orgs["aalten"], Stage = global::Plein.Challenges.Rules.IntroductionStage.Open, UpdatedAt = now });
            // Three ballots in the open demo budget.
            var budget = db.National<global::Plein.Budgeting.Budget>().First(b => b.Title == "Wijkbudget Holtenbroek 2027");
            for (var i = 0; i < 3; i++)
                db.Add(new global::Plein.Budgeting.Ballots.Ballot { Id = Guid.NewGuid(), OrganisationId = budget.OrganisationId, BudgetId = budget.Id, VoterKey = $"t:{Guid.NewGuid():N}",
                    Receipt = Guid.NewGuid().ToString("N")[..12], CreatedAt = now, UpdatedAt = now });
            return db.SaveChanges();
        });
        Assert.Equal(before["knelpunten"] + 1, Measure(app, "knelpunten"));
        Assert.Equal(before["digitale-raadsvergaderingen"] + 1, Measure(app, "digitale-raadsvergaderingen"));
        Assert.Equal(before["uitdaagrecht-open"] + 1, Measure(app, "uitdaagrecht-open"));
        Assert.Equal(before["begroten-stemmers"] + 3, Measure(app, "begroten-stemmers"));
        // Every computed KPI has a module that answers it.
        using var scope = app.Services.CreateScope();
        var figures = scope.ServiceProvider.GetServices<global::Plein.Monitoring.Contracts.IKpiFigures>().SelectMany(s => s.Figures).Select(f => f.Key).ToHashSet();
        Assert.All(KpiCatalogue.Defaults.Where(k => k.Figure is not null), k => Assert.Contains(k.Figure!, figures));
    }

    [Theory]
    [InlineData(75.0, 150, 112.5, 50)]
    [InlineData(75.0, 150, 60, 0)]
    [InlineData(75.0, 150, 200, 100)]
    [InlineData(null, 10, 4, 40)]
    public void ProgressRunsFromBaselineToTarget(double? baseline, double target, double value, int progress) =>
        Assert.Equal(progress, KpiValues.Progress(new Kpi { Baseline = (decimal?)baseline, Target = (decimal)target }, (decimal)value));

    [Fact]
    public void QuartersEndToday()
    {
        var quarters = KpiValues.Quarters(new DateOnly(2026, 11, 29), 3).ToList();
        Assert.Equal([new(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), new(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
            new global::Plein.Monitoring.Contracts.Period(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 29))], quarters);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDashboardAndOpenDataArePublic(string provider)
    {
        using var anonymous = apps[provider].Client();
        var dashboard = await anonymous.GetAsync("/monitoring");
        Assert.Contains("Gemeenten actief met het uitdaagrecht", dashboard.Text, StringComparison.Ordinal);
        Assert.Contains("Nulmeting: 75", dashboard.Text, StringComparison.Ordinal);
        Assert.Contains("Doel: 150", dashboard.Text, StringComparison.Ordinal);
        Assert.Null(dashboard.Document.QuerySelector("a[href='/monitoring/rapportages']"));
        var kpi = await anonymous.GetAsync("/monitoring/kpis/uitdaagrecht-open");
        Assert.Equal(8, kpi.Document.QuerySelectorAll(".plein-chart table tbody tr").Length);
        Assert.Null(kpi.Document.QuerySelector("#doel"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/monitoring/kpis/bestaat-niet", follow: false)).Status);

        using var json = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/api/v1/monitoring/kpis"));
        var open = json.RootElement.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("sleutel").GetString() == "uitdaagrecht-open");
        Assert.Equal(75, open.GetProperty("nulmeting").GetDecimal());
        Assert.Equal("stand", open.GetProperty("soort").GetString());
        using var detail = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/api/v1/monitoring/kpis/aanbod-deelnemers"));
        Assert.Equal(8, detail.RootElement.GetProperty("verloop").GetArrayLength());
        var missing = await anonymous.Http.GetAsync(new Uri("/api/v1/monitoring/kpis/bestaat-niet", UriKind.Relative));
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/monitoring/kpis", UriKind.Relative));
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var fromApi = await anonymous.Http.SendAsync(csvRequest);
        Assert.Equal("text/csv", fromApi.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1.0.0", fromApi.Headers.GetValues("API-Version").Single());
        var csv = await anonymous.Http.GetAsync(new Uri("/monitoring/kpis.csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sleutel;Naam", lines[0].TrimStart((char)0xFEFF), StringComparison.Ordinal);
        Assert.Equal(KpiCatalogue.Defaults.Length + 1, lines.Length);

        apps[provider].WithDb(db =>
        {
            var zwolle = db.Organisations.Single(o => o.Slug == "zwolle").Id;
            var raad = db.National<global::Plein.Council.People.CouncilBody>().First(b => b.OrganisationId == zwolle && b.Code == "RAAD").Id;
            var now = DateTimeOffset.UtcNow;
            db.Add(new global::Plein.Council.Meetings.Meeting { Id = Guid.NewGuid(), OrganisationId = zwolle, BodyId = raad, Name = "Digitaal", IsDigital = true, OpenedAt = now.AddHours(-1),
                PlannedStart = now.AddHours(-1), PlannedEnd = now.AddHours(2), UpdatedAt = now });
            return db.SaveChanges();
        });
        var organisations = await anonymous.GetAsync("/monitoring/organisaties?Soort=Gemeente&Provincie=Overijssel&Activiteit=digitale-raad");
        var rows = organisations.Document.QuerySelectorAll("main > table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Zwolle", StringComparison.Ordinal) && r.Contains("Digitale raadsvergadering gehouden", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Eemsdelta", StringComparison.Ordinal));
        Assert.Equal("Overijssel", organisations.Document.QuerySelector("select[name=Provincie] option[selected]")?.GetAttribute("value"));
        var large = await anonymous.GetAsync("/monitoring/organisaties?Grootte=zeer-groot&Activiteit=digitale-raad");
        Assert.Contains("Zwolle", large.Document.QuerySelector("main > table")!.TextContent, StringComparison.Ordinal);
        var small = await anonymous.GetAsync("/monitoring/organisaties?Grootte=klein&Activiteit=digitale-raad");
        Assert.DoesNotContain("Zwolle", small.Document.QuerySelector("main > table")!.TextContent, StringComparison.Ordinal);
        var all = await anonymous.GetAsync("/monitoring/organisaties?Soort=Onzin&Provincie=Atlantis&Grootte=reusachtig");
        Assert.Equal(HttpStatusCode.OK, all.Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task StaffSetTargetsAndEnterMeasurementsWithEvidence(string provider)
    {
        var app = apps[provider];
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var kpiPage = await resident.GetAsync("/monitoring/kpis/participatieverordening");
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsync("/monitoring/kpis/participatieverordening?handler=Measurement",
            [new("__RequestVerificationToken", kpiPage.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? ""), new("Measurement.Value", "1")], follow: false)).Status);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var page = await staff.GetAsync("/monitoring/kpis/participatieverordening");
        var refused = await staff.SubmitAsync(page, new Dictionary<string, string> { ["Measurement.On"] = "2099-01-01", ["Measurement.Value"] = "veel", ["Measurement.Evidence"] = "" }, "#meting");
        Assert.Equal("Een meting kan niet in de toekomst liggen.", refused.FieldError("Measurement.On"));
        Assert.NotNull(refused.FieldError("Measurement.Value"));
        Assert.Equal("Schrijf waar de waarde op rust, bijvoorbeeld de bron of het onderzoek.", refused.FieldError("Measurement.Evidence"));
        Assert.Equal("veel", refused.Value("Measurement.Value"));
        var on = global::Plein.Platform.Tenancy.Organisation.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var saved = await staff.SubmitAsync(page, new Dictionary<string, string> { ["Measurement.On"] = on, ["Measurement.Value"] = "212", ["Measurement.Evidence"] = $"Inventarisatie VNG ({provider})" }, "#meting");
        Assert.Contains("De meting is opgeslagen.", saved.Text, StringComparison.Ordinal);
        Assert.Equal(212, Measure(app, "participatieverordening"));
        Assert.Contains($"Inventarisatie VNG ({provider})", saved.Text, StringComparison.Ordinal);

        var computed = await staff.GetAsync("/monitoring/kpis/aanbod-deelnemers");
        Assert.Null(computed.Document.QuerySelector("#meting"));
        var goal = await staff.SubmitAsync(computed, new Dictionary<string, string> { ["Goal.Baseline"] = "100", ["Goal.BaselineOn"] = "", ["Goal.Target"] = "50", ["Goal.TargetOn"] = "2020-01-01" }, "#doel");
        Assert.Equal("Vul de datum van de nulmeting in.", goal.FieldError("Goal.BaselineOn"));
        goal = await staff.SubmitAsync(computed, new Dictionary<string, string> { ["Goal.Baseline"] = "100", ["Goal.BaselineOn"] = "2025-01-01", ["Goal.Target"] = "1200", ["Goal.TargetOn"] = "2024-01-01" }, "#doel");
        Assert.Equal("De datum van het doel ligt na de nulmeting.", goal.FieldError("Goal.TargetOn"));
        goal = await staff.SubmitAsync(computed, new Dictionary<string, string> { ["Goal.Baseline"] = "100", ["Goal.BaselineOn"] = "2025-01-01", ["Goal.Target"] = "1200", ["Goal.TargetOn"] = "2027-12-31" }, "#doel");
        Assert.Contains("De nulmeting en het doel zijn opgeslagen.", goal.Text, StringComparison.Ordinal);
        Assert.Equal(1200, app.WithDb(db => db.Set<Kpi>().Single(k => k.Key == "aanbod-deelnemers").Target));
        Assert.True(app.WithDb(db => db.National<global::Plein.Platform.Audit.AuditEntry>().Any(a => a.Action == "monitoring.doel-gewijzigd")));

        // The register holds the number of inhabitants the size filter uses.
        var register = await staff.GetAsync("/organisaties/aalten/wijzigen");
        var wrong = await staff.SubmitAsync(register, new Dictionary<string, string> { ["Size.Inhabitants"] = "-5" }, "#inwoners");
        Assert.Equal("Vul een aantal inwoners in van 1 of meer, of laat het veld leeg.", wrong.FieldError("Size.Inhabitants"));
        Assert.Equal("-5", wrong.Value("Size.Inhabitants"));
        var stored = await staff.SubmitAsync(register, new Dictionary<string, string> { ["Size.Inhabitants"] = "27500" }, "#inwoners");
        Assert.Contains("Het aantal inwoners is opgeslagen.", stored.Text, StringComparison.Ordinal);
        Assert.Equal(27500, app.WithDb(db => db.Organisations.Single(o => o.Slug == "aalten").Inhabitants));
    }
}
