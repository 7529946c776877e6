using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Privacy;

namespace Plein.Platform.Surveys;

/// <summary>
/// After a survey closed and the term passed, answers stay (results do not change) but no longer point to an account,
/// and the "answered already" marks of anonymous surveys go. Unfinished responses go once untouched for the term.
/// </summary>
internal sealed class SurveyRetention(PleinDb db) : IRetentionRule
{
    public const string RuleKey = "vragenlijst-antwoorden";
    public string Key => RuleKey;
    public string Title => "Koppeling van antwoorden op vragenlijsten aan een account";
    public string Explanation => "Telt vanaf de sluitingsdatum van de vragenlijst. Daarna blijven de antwoorden meetellen, maar zijn ze niet meer aan iemand gekoppeld. Niet afgemaakte antwoorden gaan weg als ze zo lang niet zijn aangevuld.";
    public int DefaultMonths => 12;
    public int MinMonths => 1;
    public int MaxMonths => 120;

    public async Task<int> PurgeAsync(Guid organisationId, DateTimeOffset cutoff, CancellationToken ct)
    {
        var closedBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var closed = db.National<Survey>().Where(s => s.OrganisationId == organisationId && s.Closes != null && s.Closes < closedBefore).Select(s => s.Id);
        var unlinked = await db.National<SurveyResponse>().Where(r => r.OrganisationId == organisationId && r.UserId != null && r.SubmittedAt != null && closed.Contains(r.SurveyId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (Guid?)null), ct);
        var marks = await db.National<SurveyParticipant>().Where(p => p.OrganisationId == organisationId && closed.Contains(p.SurveyId)).ExecuteDeleteAsync(ct);
        var unfinished = db.National<SurveyResponse>().Where(r => r.OrganisationId == organisationId && r.SubmittedAt == null && r.UpdatedAt < cutoff);
        await db.National<SurveyAnswer>().Where(a => unfinished.Any(r => r.Id == a.ResponseId)).ExecuteDeleteAsync(ct);
        var dropped = await unfinished.ExecuteDeleteAsync(ct);
        return unlinked + marks + dropped;
    }
}
