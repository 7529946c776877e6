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
internal sealed class QuickScanDemo(PleinDb db, TimeProvider clock) : IDemoContent
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var version = await NationalQuestionnaire.CurrentAsync(db, ct);
        var zwolle = await db.Organisations.SingleAsync(o => o.Slug == "zwolle", ct);
        var trekker = await db.Users.Where(u => u.Email == DemoData.EmailFor(Role.Griffier.ToString(), "zwolle")).Select(u => u.Id).SingleAsync(ct);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var scan = new Scan
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle.Id, VersionId = version.Id, State = ScanState.Gesloten,
            AgreementAcceptedBy = trekker, AgreementAcceptedAt = now.AddDays(-70), CreatedAt = now.AddDays(-70),
            Starts = today.AddDays(-49), Ends = today.AddDays(-15), Trekker = "Griffier van Zwolle",
            SteeringGroup = "Een raadslid van elke fractie, de burgemeester en de gemeentesecretaris", ProcessGuide = "Procesbegeleider van Democratie in Actie",
            CustomQuestions = [new CustomQuestion { Text = "De gemeente moet vaker wijkavonden houden.", Scale = true }],
            OpenedAt = now.AddDays(-49), ClosedAt = now.AddDays(-14),
        };
        var survey = ScanSurvey.Build(scan, version, zwolle, now.AddDays(-49));
        survey.OrganisationId = zwolle.Id;
        survey.Published = true;
        survey.Closes = today.AddDays(-15);
        scan.SurveyId = survey.Id;
        var counts = new Dictionary<RespondentGroup, int>
        {
            [RespondentGroup.Inwoners] = 48, [RespondentGroup.Raadsleden] = 14, [RespondentGroup.Collegeleden] = 6, [RespondentGroup.Ambtenaren] = 22,
        };
        var (responses, answers) = SyntheticResponses.Create(survey, version.Definition, zwolle.Kind, counts, Tendency, now.AddDays(-48), seed: 2026);
        // About 4,500 answer rows: without change detection on every Add they go in several times faster.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(survey, scan);
        db.AddRange(responses);
        db.AddRange(answers);
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
