using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Evaluations;

/// <summary>
/// After a session, its participants get a short anonymous evaluation in the survey engine, owned by the programme office:
/// an overall mark 1-10 and three questions. Marks are read from the engine's tallies (ADR 0019).
/// </summary>
internal sealed class SessionEvaluation(PleinDb db, Mailer mailer, AccountLinks links, TimeProvider clock)
{
    public const string MarkKey = "cijfer";
    public const int AnswerDays = 21;

    internal sealed record Marks(int Count, double? Average);

    /// <summary>Makes the survey and mails everyone who came (or, without an attendance list, everyone registered); null when it was already sent.</summary>
    public async Task<int?> SendAsync(OfferSession session, OfferItem item, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var office = await OrganisationRegister.ProgrammeOfficeIdAsync(db, ct);
        var now = clock.GetUtcNow();
        var survey = SurveysModule.Create($"Evaluatie: {item.Title}", item.Title, $"/aanbod/{item.Slug}", session.Id, now);
        (survey.OrganisationId, survey.Anonymous, survey.OwnerManaged, survey.Published) = (office, true, true, true);
        survey.Intro = $"Hoe vond u {item.Title} op {Registrations.When(session)}? Uw antwoorden zijn anoniem en helpen het programma het aanbod beter te maken. Het invullen duurt twee minuten.";
        survey.Closes = Organisation.Today.AddDays(AnswerDays);
        survey.Definition = new SurveyDefinition
        {
            Sections =
            [
                new SurveySection
                {
                    Key = "d1", Title = "Uw oordeel",
                    Questions =
                    [
                        new SurveyQuestion { Key = MarkKey, Type = QuestionType.EenKeuze, Required = true, Text = "Welk rapportcijfer geeft u?", Help = "1 is heel slecht, 10 is uitstekend.", Options = [.. Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))] },
                        new SurveyQuestion { Key = "nuttig", Type = QuestionType.LangeTekst, Text = "Wat was het nuttigst?" },
                        new SurveyQuestion { Key = "beter", Type = QuestionType.LangeTekst, Text = "Wat kan beter?" },
                        new SurveyQuestion { Key = "aanraden", Type = QuestionType.EenKeuze, Text = "Raadt u dit aan bij collega's?", Options = ["Ja", "Misschien", "Nee"] },
                    ],
                },
            ],
        };
        db.Add(survey);
        // Claimed with a conditional update: a second click sends nothing twice.
        if (await db.Set<OfferSession>().Where(s => s.Id == session.Id && s.EvaluationSurveyId == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvaluationSurveyId, survey.Id), ct) == 0)
            return null;
        var registrations = db.Set<Registration>().Where(r => r.SessionId == session.Id && r.Seat != null && r.CancelledAt == null);
        if (await registrations.AnyAsync(r => r.Attended, ct)) registrations = registrations.Where(r => r.Attended);
        var emails = await registrations.Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u.Email).ToListAsync(ct);
        var link = links.To($"/{OrganisationRegister.ProgrammeOfficeSlug}/vragenlijsten/{survey.Id}");
        foreach (var email in emails.OfType<string>())
            mailer.Enqueue(email, $"Hoe vond u {item.Title}?", $"Dank u wel voor uw komst op {Registrations.When(session)}.\n\nWilt u in twee minuten zeggen hoe u het vond? Uw antwoorden zijn anoniem.\n\n{link}\n\nU kunt tot en met {survey.Closes.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} antwoorden.");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return emails.Count;
    }

    /// <summary>The number of marks and their average per evaluation survey, read from the tallies.</summary>
    public async Task<IReadOnlyDictionary<Guid, Marks>> MarksAsync(IReadOnlyCollection<Guid> surveys, CancellationToken ct)
    {
        // The programme's own surveys across the office: a national read by design.
        var tallies = await db.National<SurveyTally>().AsNoTracking().Where(t => surveys.Contains(t.SurveyId) && t.QuestionKey == MarkKey)
            .Select(t => new { t.SurveyId, t.Value, t.Count }).ToListAsync(ct);
        return tallies.GroupBy(t => t.SurveyId).ToDictionary(g => g.Key, g =>
        {
            var count = g.Sum(t => t.Count);
            return new Marks(count, count == 0 ? null : g.Sum(t => (t.Value + 1.0) * t.Count) / count);
        });
    }
}
