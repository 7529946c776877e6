using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Evaluations;

/// <summary>
/// Reach and appreciation per offer item over a period: sessions held, participants, distinct organisations reached,
/// marks and their average. These are the figures the progress report quotes ("200 deelnemers, gemiddeld 7,6").
/// </summary>
internal sealed class ReachModel(PleinDb db, CurrentUser me, SessionEvaluation evaluation, TimeProvider clock) : PageModel
{
    internal sealed record Row(string Title, string Slug, int Sessions, int Participants, int Organisations, int Marks, double? Average);

    [BindProperty(SupportsGet = true)] public DateOnly? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Tot { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Row Total { get; private set; } = new("", "", 0, 0, 0, 0, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        var today = Platform.Tenancy.Organisation.Today;
        Van ??= new DateOnly(today.Year, 1, 1);
        Tot ??= today;
        if (Tot < Van) ModelState.AddModelError(nameof(Tot), "De einddatum ligt na de begindatum.");
        if (!ModelState.IsValid) return Page();
        var from = new DateTimeOffset(Van.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(Tot.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
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
        Rows = [.. sessions.GroupBy(s => s.OfferItemId).Select(g => Make(items[g.Key].Title, items[g.Key].Slug, [.. g])).OrderByDescending(r => r.Participants).ThenBy(r => r.Title, StringComparer.Ordinal)];
        Total = Make("", "", sessions);
        return Page();
    }
}
