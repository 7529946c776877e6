using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;
using Plein.Platform.Accounts;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Demo;

/// <summary>Dates for some of the offer: a Raad in beraad evening, a webinar, the Summer School, and a past session with its attendance.</summary>
internal sealed class SupportDemo(PleinDb db, TimeProvider clock, Evaluations.SessionEvaluation evaluation) : IDemoContent
{
    private static readonly int[] DemoMarks = [8, 7, 9, 7];

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var items = await db.Set<OfferItem>().ToDictionaryAsync(o => o.Slug, ct);
        DateTimeOffset At(int days, int hour) => Platform.Audit.AuditText.FromLocal(DateOnly.FromDateTime(now.UtcDateTime).AddDays(days), new TimeOnly(hour, 0));
        OfferSession Session(string slug, int days, int from, int until, string place, int capacity, string? link = null) => new()
        {
            Id = Guid.NewGuid(), OfferItemId = items[slug].Id, Starts = At(days, from), Ends = At(days, until), Place = place, Capacity = capacity, OnlineLink = link, CreatedAt = now,
        };
        var past = Session("raad-in-beraad", -30, 19, 21, "Stadhuis Zwolle, Grote Kerkplein 15", 20);
        var evening = Session("raad-in-beraad", 21, 19, 21, "Provinciehuis Overijssel, Luttenbergstraat 2, Zwolle", 20);
        var webinar = Session("webinar-digitale-participatie", 10, 15, 16, "Online", 100, "https://webinar.example.nl/digitale-participatie");
        var summer = Session("summer-school-democratie", 200, 9, 17, "Radboud Universiteit, Nijmegen", 60);
        var triangle = Session("versterking-lokale-driehoeken", 35, 13, 17, "Huis van de Gemeente, Utrecht", 12);
        db.AddRange(past, evening, webinar, summer, triangle);
        var zwolle = await db.Users.Where(u => u.Email != null && u.Email.EndsWith(".zwolle@demo.plein.nl")).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(ct);
        var seat = 0;
        foreach (var user in zwolle.Take(5))
        {
            seat++;
            db.Add(new Registration { Id = Guid.NewGuid(), SessionId = past.Id, UserId = user, Seat = seat, Affiliation = "Gemeente Zwolle", CreatedAt = now.AddDays(-45), Attended = seat <= 4 });
        }
        var raadslid = await db.Users.Where(u => u.Email == DemoData.EmailFor(Role.Raadslid.ToString(), "zwolle")).Select(u => u.Id).SingleAsync(ct);
        db.Add(new Registration { Id = Guid.NewGuid(), SessionId = evening.Id, UserId = raadslid, Seat = 1, Affiliation = "Raadslid, Zwolle", CreatedAt = now.AddDays(-2) });
        // The past evening was evaluated: four marks, kept as the engine keeps them (answers and tallies).
        await db.SaveChangesAsync(ct);
        await evaluation.SendAsync(past, items["raad-in-beraad"], ct);
        var surveyId = await db.Set<OfferSession>().Where(s => s.Id == past.Id).Select(s => s.EvaluationSurveyId!.Value).SingleAsync(ct);
        var office = await db.Set<Platform.Surveys.Survey>().IgnoreQueryFilters().Where(s => s.Id == surveyId).Select(s => s.OrganisationId).SingleAsync(ct);
        foreach (var (mark, i) in DemoMarks.Select((m, i) => (m, i)))
        {
            var response = new Platform.Surveys.SurveyResponse { Id = Guid.NewGuid(), OrganisationId = office, SurveyId = surveyId, StartedAt = now.AddDays(-29), UpdatedAt = now.AddDays(-29), SubmittedAt = now.AddDays(-29).AddMinutes(i), Reached = 0 };
            db.Add(response);
            db.Add(new Platform.Surveys.SurveyAnswer { OrganisationId = office, SurveyId = surveyId, ResponseId = response.Id, QuestionKey = Evaluations.SessionEvaluation.MarkKey, Value = (mark - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        foreach (var (mark, count) in new[] { (7, 2), (8, 1), (9, 1) })
            db.Add(new Platform.Surveys.SurveyTally { OrganisationId = office, SurveyId = surveyId, QuestionKey = Evaluations.SessionEvaluation.MarkKey, Row = 0, Value = mark - 1, Count = count });

        var zwolleId = await db.Organisations.Where(o => o.Slug == "zwolle").Select(o => o.Id).SingleAsync(ct);
        var griffier = await db.Users.Where(u => u.Email == DemoData.EmailFor(Role.Griffier.ToString(), "zwolle")).Select(u => u.Id).SingleAsync(ct);
        db.Add(new Requests.OfferRequest
        {
            Id = Guid.NewGuid(), OrganisationId = zwolleId, OfferItemId = items["versterking-lokale-driehoeken"].Id, RequestedBy = griffier,
            Participants = "Burgemeester, gemeentesecretaris en griffier", PreferredPeriod = "Een middag in het voorjaar", Wishes = "Graag na de begrotingsbehandeling.",
            State = Requests.RequestState.Intake, Message = "Dank voor uw aanvraag. Zullen we de intake telefonisch doen, op een dinsdag?", CreatedAt = now.AddDays(-6), UpdatedAt = now.AddDays(-3),
        });
        await db.SaveChangesAsync(ct);
    }
}
