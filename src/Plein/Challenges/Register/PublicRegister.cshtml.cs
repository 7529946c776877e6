using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Agree;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Register;

/// <summary>
/// The public register of tasks residents took over: accepted and completed requests with their agreement and outcome.
/// No personal data: no names or contact details, and a group without a legal form is not named.
/// </summary>
internal sealed class PublicRegisterModel(PleinDb db, ITenantContext tenant) : PageModel
{
    internal sealed record Entry(string Task, string Group, string Domain, ChallengeState State, DateOnly? DecidedOn, Agreement? Agreement);

    private static readonly ChallengeState[] Shown = [ChallengeState.Besluit, ChallengeState.Overeenkomst, ChallengeState.Uitvoering, ChallengeState.Evaluatie, ChallengeState.Afgerond];

    [BindProperty(SupportsGet = true)] public string? Terrein { get; set; }
    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public List<SelectListItem> Domains { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var accepted = db.Set<Challenge>().AsNoTracking().Where(c => c.Accepted == true && Shown.Contains(c.State));
        Domains = [new("Alle terreinen", ""), .. (await accepted.Select(c => c.Domain).Distinct().ToListAsync(ct)).Order(StringComparer.Ordinal).Select(d => new SelectListItem(d, d))];
        if (!string.IsNullOrEmpty(Terrein)) accepted = accepted.Where(c => c.Domain == Terrein);
        var rows = await accepted.OrderByDescending(c => c.DecidedOn)
            .Select(c => new { c.Id, c.Task, c.GroupName, c.LegalForm, c.Domain, c.State, c.DecidedOn }).Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var agreements = await db.Set<Agreement>().AsNoTracking().Where(a => ids.Contains(a.ChallengeId)).ToDictionaryAsync(a => a.ChallengeId, ct);
        Entries = [.. rows.Select(r => new Entry(r.Task, r.LegalForm is null or LegalForm.Bewonersgroep ? "Een bewonersgroep" : r.GroupName, r.Domain, r.State, r.DecidedOn, agreements.GetValueOrDefault(r.Id)))];
    }
}
