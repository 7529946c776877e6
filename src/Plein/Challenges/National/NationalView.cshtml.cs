using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.National;

/// <summary>
/// For programme staff: how many organisations offer uitdaagrecht (the programme's count), where the others are on the
/// routeplanner, requests by step and domain, time to decision and the share accepted.
/// </summary>
internal sealed class NationalViewModel(PleinDb db, CurrentUser me) : PageModel
{
    internal sealed record OrganisationRow(string Name, string Slug, IntroductionStage Stage, int Requests, int Decided, int Accepted, double? MedianDays);

    public IReadOnlyDictionary<IntroductionStage, int> Stages { get; private set; } = new Dictionary<IntroductionStage, int>();
    public IReadOnlyList<(string State, int Count)> ByState { get; private set; } = [];
    public IReadOnlyList<(string Domain, int Count)> ByDomain { get; private set; } = [];
    public IReadOnlyList<OrganisationRow> Rows { get; private set; } = [];
    public double? MedianDays { get; private set; }
    public double? ShareAccepted { get; private set; }
    public int Decided { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanManageRegister(await me.LoadAsync(ct))) is { } denied) return denied;
        OrganisationKind[] kinds = [OrganisationKind.Gemeente, OrganisationKind.Provincie, OrganisationKind.Waterschap, OrganisationKind.OpenbaarLichaam];
        var today = Organisation.Today;
        var organisations = await db.Organisations.AsNoTracking().Where(o => kinds.Contains(o.Kind) && (o.EndedOn == null || o.EndedOn > today))
            .Select(o => new { o.Id, o.Name, o.Slug }).ToListAsync(ct);
        // Across organisations by design: the national picture the programme reports on.
        var rules = await db.National<ChallengeRules>().AsNoTracking().Select(r => new { r.OrganisationId, r.Stage }).ToDictionaryAsync(r => r.OrganisationId, r => r.Stage, ct);
        var requests = await db.National<Challenge>().AsNoTracking().Where(c => c.SubmittedAt != null)
            .Select(c => new { c.OrganisationId, c.State, c.Domain, c.Accepted, c.SubmittedOn, c.DecidedOn }).ToListAsync(ct);

        Stages = Enum.GetValues<IntroductionStage>().ToDictionary(s => s, s => organisations.Count(o => rules.GetValueOrDefault(o.Id, IntroductionStage.NietGestart) == s));
        ByState = [.. requests.GroupBy(r => r.State).OrderBy(g => g.Key).Select(g => (RuleTexts.State(g.Key), g.Count()))];
        ByDomain = [.. requests.GroupBy(r => r.Domain).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(15).Select(g => (g.Key, g.Count()))];
        var decided = requests.Where(r => r.DecidedOn is not null && r.SubmittedOn is not null).ToList();
        Decided = decided.Count;
        MedianDays = Median(decided.Select(r => (double)(r.DecidedOn!.Value.DayNumber - r.SubmittedOn!.Value.DayNumber)));
        ShareAccepted = decided.Count == 0 ? null : 100.0 * decided.Count(r => r.Accepted == true) / decided.Count;
        var perOrganisation = requests.ToLookup(r => r.OrganisationId);
        Rows = [.. organisations.Where(o => rules.ContainsKey(o.Id) || perOrganisation[o.Id].Any()).Select(o =>
        {
            var own = perOrganisation[o.Id].ToList();
            var ownDecided = own.Where(r => r.DecidedOn is not null && r.SubmittedOn is not null).ToList();
            return new OrganisationRow(o.Name, o.Slug, rules.GetValueOrDefault(o.Id, IntroductionStage.NietGestart), own.Count, ownDecided.Count,
                ownDecided.Count(r => r.Accepted == true), Median(ownDecided.Select(r => (double)(r.DecidedOn!.Value.DayNumber - r.SubmittedOn!.Value.DayNumber))));
        }).OrderByDescending(r => r.Stage).ThenBy(r => r.Name, StringComparer.Ordinal)];
        return Page();
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
