using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Evaluations;

/// <summary>
/// Reach and appreciation of the offer over a period: sessions held, participants, distinct organisations reached,
/// marks and their average, per offer item and in total. The figures the progress report quotes ("200 deelnemers,
/// gemiddeld 7,6"), for the reach page and for Monitoring.
/// </summary>
internal sealed class OfferReach(PleinDb db, SessionEvaluation evaluation, TimeProvider clock)
{
    internal sealed record Row(string Title, string Slug, int Sessions, int Participants, int Organisations, int Marks, double? Average);

    internal sealed record Result(IReadOnlyList<Row> Items, Row Total, IReadOnlySet<Guid> OrganisationIds);

    public async Task<Result> ForAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sessions = await db.Set<OfferSession>().AsNoTracking()
            .Where(s => s.CancelledAt == null && s.Starts >= from && s.Starts < until && s.Starts <= now).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var registrations = await db.Set<Registration>().AsNoTracking().Where(r => ids.Contains(r.SessionId) && r.Seat != null && r.CancelledAt == null)
            .Select(r => new { r.SessionId, r.UserId, r.OrganisationId, r.Attended }).ToListAsync(ct);
        // Who came: the attendance list where the organiser kept one, otherwise everyone registered.
        var came = registrations.GroupBy(r => r.SessionId).SelectMany(g => g.Any(r => r.Attended) ? g.Where(r => r.Attended) : g).ToList();
        var marks = await evaluation.MarksAsync([.. sessions.Where(s => s.EvaluationSurveyId is not null).Select(s => s.EvaluationSurveyId!.Value)], ct);
        var items = await db.Set<OfferItem>().AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        Row Make(string title, string slug, IReadOnlyCollection<OfferSession> held)
        {
            var heldIds = held.Select(s => s.Id).ToHashSet();
            var people = came.Where(r => heldIds.Contains(r.SessionId)).ToList();
            var given = held.Where(s => s.EvaluationSurveyId is { } e && marks.ContainsKey(e)).Select(s => marks[s.EvaluationSurveyId!.Value]).ToList();
            var count = given.Sum(m => m.Count);
            return new Row(title, slug, held.Count, people.Count, people.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId).Distinct().Count(),
                count, count == 0 ? null : given.Sum(m => (m.Average ?? 0) * m.Count) / count);
        }
        var rows = sessions.GroupBy(s => s.OfferItemId).Select(g => Make(items[g.Key].Title, items[g.Key].Slug, [.. g]))
            .OrderByDescending(r => r.Participants).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        return new(rows, Make("", "", sessions), came.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).ToHashSet());
    }
}
