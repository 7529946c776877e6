using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Demo;

/// <summary>
/// Zwolle's quick scan, closed two weeks ago with 90 respondents and a first verbeteragenda line; the council sees itself
/// more positively than residents do, and involving residents comes out as the first priority. Overijssel held its start conversation and opens next week.
/// </summary>
internal sealed class QuickScanDemo(PleinDb db, TimeProvider clock, Platform.Surveys.Answering.SurveyTallies tallies) : IDemoContent
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var version = await NationalQuestionnaire.CurrentAsync(db, ct);
        var zwolle = await db.Organisations.SingleAsync(o => o.Slug == "zwolle", ct);
        var trekker = await db.Users.Where(u => u.Email == DemoData.EmailFor(Role.Griffier.ToString(), "zwolle")).Select(u => u.Id).SingleAsync(ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var scan = Finished(version, zwolle, ScanState.Gesloten, now.AddDays(-70), trekker,
            new() { [RespondentGroup.Inwoners] = 48, [RespondentGroup.Raadsleden] = 14, [RespondentGroup.Collegeleden] = 6, [RespondentGroup.Ambtenaren] = 22 },
            Tendency, seed: 2026, custom: [new CustomQuestion { Text = "De gemeente moet vaker wijkavonden houden.", Scale = true }]);
        scan.SteeringGroup = "Een raadslid van elke fractie, de burgemeester en de gemeentesecretaris";
        // The nulmeting two years ago, and five other gemeenten: the report compares with both.
        Finished(version, zwolle, ScanState.Afgerond, now.AddYears(-2), trekker,
            new() { [RespondentGroup.Inwoners] = 10, [RespondentGroup.Raadsleden] = 6, [RespondentGroup.Collegeleden] = 5, [RespondentGroup.Ambtenaren] = 6 },
            (g, t) => Tendency(g, t) - 0.6, seed: 2024, custom: []);
        string[] peers = ["Almelo", "Apeldoorn", "Deventer", "Enschede", "Kampen"];
        foreach (var (peer, i) in (await db.Organisations.Where(o => peers.Contains(o.Name) && o.Kind == OrganisationKind.Gemeente).ToListAsync(ct)).Select((o, i) => (o, i)))
            Finished(version, peer, ScanState.Afgerond, now.AddDays(-200 + i * 20), trekker,
                new() { [RespondentGroup.Inwoners] = 6, [RespondentGroup.Raadsleden] = 5, [RespondentGroup.Collegeleden] = 5, [RespondentGroup.Ambtenaren] = 5 },
                (g, t) => 2.2 + (i - 2) * 0.15 + (g == RespondentGroup.Inwoners ? -0.2 : 0.2), seed: 100 + i, custom: []);
        db.Add(new AgendaItem
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle.Id, ScanId = scan.Id, ThemeKey = "t3", Priority = 1,
            Action = "Werkbezoeken van raadsleden in elke wijk, twee keer per jaar", Owner = "Griffie", Due = today.AddMonths(4),
        });

        var overijssel = await db.Organisations.SingleAsync(o => o.Slug == "provincie-overijssel", ct);
        var griffier = await db.Users.Where(u => u.Email == DemoData.EmailFor(Role.Griffier.ToString(), "overijssel")).Select(u => u.Id).SingleAsync(ct);
        db.Add(new Scan
        {
            Id = Guid.NewGuid(), OrganisationId = overijssel.Id, VersionId = version.Id, State = ScanState.Gestart,
            AgreementAcceptedBy = griffier, AgreementAcceptedAt = now.AddDays(-10), CreatedAt = now.AddDays(-10),
            Starts = today.AddDays(7), Ends = today.AddDays(42), Trekker = "Statengriffier", ProcessGuide = "Procesbegeleider van Democratie in Actie",
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        // About 10,000 answers: written in bulk, then counted into the tallies.
        await Platform.Surveys.Answering.BulkAnswers.InsertAsync(db, pending, ct);
        foreach (var survey in surveys) await tallies.RecountAsync(survey, ct);
    }

    private readonly List<Platform.Surveys.Survey> surveys = [];
    private readonly List<Platform.Surveys.SurveyAnswer> pending = [];

    /// <summary>A scan that ran its questionnaire for five weeks, with synthetic responses, started on <paramref name="created"/>.</summary>
    private Scan Finished(QuestionnaireVersion version, Organisation organisation, ScanState state, DateTimeOffset created, Guid acceptedBy,
        Dictionary<RespondentGroup, int> counts, Func<RespondentGroup, string, double> tendency, int seed, List<CustomQuestion> custom)
    {
        var day = DateOnly.FromDateTime(created.UtcDateTime);
        var scan = new Scan
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Id, VersionId = version.Id, State = state,
            AgreementAcceptedBy = acceptedBy, AgreementAcceptedAt = created, CreatedAt = created, Starts = day.AddDays(21), Ends = day.AddDays(55),
            Trekker = $"Griffier van {organisation.Name}", ProcessGuide = "Procesbegeleider van Democratie in Actie", CustomQuestions = custom,
            OpenedAt = created.AddDays(21), ClosedAt = created.AddDays(56), SharedAt = state == ScanState.Afgerond ? created.AddDays(90) : null,
        };
        var survey = ScanSurvey.Build(scan, version, organisation, created.AddDays(21));
        survey.OrganisationId = organisation.Id;
        survey.Published = true;
        survey.Closes = scan.Ends;
        scan.SurveyId = survey.Id;
        var (responses, answers) = SyntheticResponses.Create(survey, version.Definition, organisation.Kind, counts, tendency, created.AddDays(22), seed);
        db.AddRange(survey, scan);
        db.AddRange(responses);
        pending.AddRange(answers);
        surveys.Add(survey);
        return scan;
    }

    /// <summary>Council and college see the council and their own work more positively than residents; residents feel least involved.</summary>
    private static double Tendency(RespondentGroup group, string theme) => (group, theme) switch
    {
        (RespondentGroup.Inwoners, "t1") => 1.6,
        (RespondentGroup.Inwoners, "t3") => 1.3,
        (RespondentGroup.Inwoners, _) => 2.3,
        (RespondentGroup.Raadsleden, "t1") => 3.0,
        (RespondentGroup.Raadsleden, "t3") => 2.4,
        (RespondentGroup.Collegeleden, _) => 2.7,
        (RespondentGroup.Ambtenaren, "t4") => 3.1,
        _ => 2.5,
    };
}
