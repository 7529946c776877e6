using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Security;

/// <summary>
/// Finds every form on every page (anonymous, as a beheerder and as programme staff) and posts hostile input into every
/// field: never a 500, always an answer in Dutch next to the field, typed values kept, scripts encoded, nothing stored.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BadInputSweepTests(Apps apps)
{
    private const string Script = "<script>alert(1)</script>";
    // Valid-but-hostile text last: a rename to "<script>..." is allowed (and encoded), and moves the page it was on.
    private static readonly string[] Payloads = [new string('x', 30_000), "abc\u0000def", "31-31-2027", "' OR 1=1; DROP TABLE \"AspNetUsers\";--", Script];

    [Fact]
    public async Task EveryFormRefusesHostileInputClearly()
    {
        var app = apps[PleinApp.Sqlite];
        var sweepSlug = await NewOrganisationAsync(app);
        using var anonymous = app.Client();
        using var beheerder = app.Client();
        await beheerder.SignInAsync(Demo.Email("beheerder", "zwolle"));
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));

        var formsTried = new List<string>();
        foreach (var url in PageUrls(app, sweepSlug))
        {
            foreach (var client in new[] { anonymous, beheerder, staff })
            {
                var page = await client.GetAsync(url, follow: false);
                if (page.Status != HttpStatusCode.OK) continue;
                var forms = page.Document.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>().Where(f => Fields(f).Any()).ToList();
                for (var i = 0; i < forms.Count; i++)
                {
                    var selector = forms[i].Id is { Length: > 0 } id ? "#" + id : $"main form[method=post]:nth-of-type({i + 1})";
                    formsTried.Add($"{url} {selector}");
                    foreach (var payload in Payloads) await AttackAsync(app, client, url, selector, payload);
                }
            }
        }
        Assert.True(formsTried.Count >= 18, "forms found: " + string.Join(", ", formsTried));
        Assert.Contains(formsTried, f => f.Contains("#fase", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#voorstel", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#antwoord", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("/reageren #reageren", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#melden", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#vragenlijst", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#instellingen", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#stemcodes", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#stemcode", StringComparison.Ordinal) && !f.Contains("#stemcodes", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#postcode", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#aanmelden", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#actie", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#agendering", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("/kennis/regionale-energiestrategie #gesprek", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("/knelpunten #melden", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("/bibliotheek #delen", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#subsidie", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#beoordelen", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("/gegevens #vergadering", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#agendapunt", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#stuk", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#persoon", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#meting", StringComparison.Ordinal));
        Assert.Contains(formsTried, f => f.Contains("#nieuwe-rapportage", StringComparison.Ordinal));
    }

    private static async Task AttackAsync(PleinApp app, HtmlClient client, string url, string selector, string payload)
    {
        var fresh = await client.GetAsync(url, follow: false);
        if (fresh.Document.QuerySelector(selector) is not IHtmlFormElement form) return;
        var fields = Fields(form).ToList();
        // Radio buttons and check boxes share a name: one hostile value per name.
        var values = fields.Select(f => f.GetAttribute("name")!).Distinct().ToDictionary(n => n, _ => payload);
        var before = Snapshot(app);
        var answer = await client.SubmitAsync(fresh, values, selector, follow: false);
        var what = $"{payload[..Math.Min(20, payload.Length)]} into {url} {selector}";

        Assert.True((int)answer.Status < 500, $"{what}: {(int)answer.Status}");
        Assert.DoesNotContain(Script, answer.Html, StringComparison.Ordinal);
        if (payload.Contains('\u0000', StringComparison.Ordinal))
        {
            // A body no browser can send: refused whole with the Dutch "request is not valid" page, or field by field.
            Assert.True(answer.Status is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{what}: {(int)answer.Status}");
            if (answer.Status == HttpStatusCode.BadRequest) Assert.Contains("De aanvraag klopt niet", answer.Text, StringComparison.Ordinal);
            Assert.True(before == Snapshot(app), $"{what}: something was stored");
        }
        else if (payload.Length > 1000 || (payload == "31-31-2027" && fields.OfType<IHtmlInputElement>().Any(f => f.Type is "date" or "number")))
        {
            Assert.True(answer.Status == HttpStatusCode.OK, $"{what}: {(int)answer.Status}");
            Assert.True(answer.Document.QuerySelector(".plein-error-summary") is not null, $"{what}: no error summary");
            var errors = answer.Document.QuerySelectorAll(".utrecht-form-field-error-message").Select(e => e.TextContent).ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.DoesNotMatch("(?i)\\b(the|field|is required|invalid)\\b", e));
            foreach (var field in fields.OfType<IHtmlInputElement>().Where(f => f.Type is "text" or "email"))
            {
                var name = field.GetAttribute("name")!;
                if (answer.FieldError(name) is not null)
                    Assert.Equal(payload, answer.Value(name));
            }
            Assert.True(before == Snapshot(app), $"{what}: something was stored");
        }
    }

    private static IEnumerable<IElement> Fields(IHtmlFormElement form) =>
        form.Elements.Where(e => e is IHtmlInputElement { Type: not ("hidden" or "submit" or "button") } or IHtmlSelectElement or IHtmlTextAreaElement)
            .Where(e => !string.IsNullOrEmpty(e.GetAttribute("name")));

    private static List<string> PageUrls(PleinApp app, string slug)
    {
        // Real rows for routes that take an id: the demo process with an open phase, and one of its proposals.
        var (discussion, bottleneck, request, grant, village, budget) = app.WithDb(db => (
            db.Set<global::Plein.Knowledge.Discussions.Discussion>().OrderBy(d => d.CreatedAt).First().Id,
            db.Set<global::Plein.Knowledge.Bottlenecks.Bottleneck>().OrderBy(b => b.CreatedAt).First().Id,
            db.National<global::Plein.AreaSupport.Requests.AreaSupportRequest>().First().Id,
            db.National<global::Plein.AreaSupport.Grants.Grant>().First(g => g.ReportedAt != null).Id,
            db.National<global::Plein.AreaSupport.Villages.VillageInitiative>().First().Id,
            db.National<global::Plein.Budgeting.Budget>().First(b => b.Title == "Wijkbudget Holtenbroek 2027").Id));
        var (meeting, report) = app.WithDb(db => (
            db.National<global::Plein.Council.Meetings.Meeting>().First(m => m.LivestreamUrl != null && m.LivestreamUrl.Contains("raadsinformatie")).Id,
            db.Set<global::Plein.Monitoring.Reports.ProgressReport>().OrderBy(r => r.CreatedAt).First().Id));
        var (process, proposal, comment, survey, scan) = app.WithDb(db =>
        {
            var p = db.National<global::Plein.Participation.Process>().Single(x => x.Title == "Groenplan Assendorp").Id;
            var c = db.National<global::Plein.Participation.Comments.Comment>().First(x => x.ParentId == null);
            var s = db.National<global::Plein.Platform.Surveys.Survey>().First(x => x.ParentId == p).Id;
            var q = db.National<global::Plein.QuickScan.Scans.Scan>().First(x => x.State == global::Plein.QuickScan.Scans.ScanState.Gesloten).Id;
            return (p, c.ProposalId, c.Id, s, q);
        });
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.Contains("{code", StringComparison.Ordinal))
            .Select(p => p.Replace("kennis/{slug}/gesprekken/{id:guid}", $"kennis/regionale-energiestrategie/gesprekken/{discussion}", StringComparison.Ordinal)
                .Replace("kennis/knelpunten/{id:guid}", $"kennis/knelpunten/{bottleneck}", StringComparison.Ordinal)
                .Replace("kennis/{slug}", "kennis/regionale-energiestrategie", StringComparison.Ordinal)
                .Replace("gebieden/{slug}/beheer/vragen/{id:guid}", $"gebieden/gronings-aardbevingsgebied/beheer/vragen/{request}", StringComparison.Ordinal)
                .Replace("gebieden/{slug}/beheer/subsidies/{id:guid}", $"gebieden/gronings-aardbevingsgebied/beheer/subsidies/{grant}", StringComparison.Ordinal)
                .Replace("gebieden/{slug}/dorpsinitiatieven/{id}", $"gebieden/gronings-aardbevingsgebied/dorpsinitiatieven/{village}", StringComparison.Ordinal)
                .Replace("gebieden/{slug}", "gebieden/gronings-aardbevingsgebied", StringComparison.Ordinal)
                .Replace("begroten/{id:guid}", $"begroten/{budget}", StringComparison.Ordinal).Replace("begroten/{id}", $"begroten/{budget}", StringComparison.Ordinal)
                .Replace("raad/beheer/vergaderingen/{id:guid}", $"raad/beheer/vergaderingen/{meeting}", StringComparison.Ordinal)
                .Replace("raad/beheer/vergaderingen/{id}", "raad/beheer/vergaderingen/nieuw", StringComparison.Ordinal)
                .Replace("monitoring/kpis/{key}", "monitoring/kpis/participatieverordening", StringComparison.Ordinal)
                .Replace("monitoring/rapportages/{id:guid}", $"monitoring/rapportages/{report}", StringComparison.Ordinal)
                .Replace("{org}", "zwolle", StringComparison.Ordinal).Replace("{slug}", slug, StringComparison.Ordinal)
                .Replace("voorstellen/{id:guid}", $"voorstellen/{proposal}", StringComparison.Ordinal)
                .Replace("reacties/{id:guid}", $"reacties/{comment}", StringComparison.Ordinal)
                .Replace("vragenlijsten/{id:guid}/vragen/{key}", $"vragenlijsten/{survey}/vragen/nieuw", StringComparison.Ordinal)
                .Replace("vragenlijsten/{id:guid}", $"vragenlijsten/{survey}", StringComparison.Ordinal)
                .Replace("quickscan/{id:guid}", $"quickscan/{scan}", StringComparison.Ordinal).Replace("{groep}", "inwoners", StringComparison.Ordinal)
                .Replace("{id:guid}", process.ToString(), StringComparison.Ordinal))
            .Distinct().ToList();
    }

    private static async Task<string> NewOrganisationAsync(PleinApp app)
    {
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var add = await staff.GetAsync("/organisaties/nieuw");
        await staff.SubmitAsync(add, new Dictionary<string, string> { ["Input.Kind"] = "waterschap", ["Input.Name"] = $"Proefwater {suffix}" });
        return $"waterschap-proefwater-{suffix}";
    }

    private static string Snapshot(PleinApp app) => app.WithDb(db => string.Join(",",
        db.Users.Count(), db.National<Membership>().Count(), db.Organisations.Count(), db.OrganisationEvents.Count(),
        db.National<AuditEntry>().Count(), db.Outbox.Count(), db.Users.Count(u => u.DeletedAt != null),
        db.National<global::Plein.Participation.Process>().Count(), db.National<global::Plein.Participation.Proposal>().Count(),
        db.National<global::Plein.Participation.Support>().Count(), db.National<global::Plein.Platform.Surveys.SurveyResponse>().Count(),
        db.National<global::Plein.Platform.Surveys.SurveyAnswer>().Count()));
}
