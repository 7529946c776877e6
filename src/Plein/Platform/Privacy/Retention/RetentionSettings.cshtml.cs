using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Privacy.Retention;

/// <summary>A beheerder sets how long the organisation keeps each kind of personal data that has a term.</summary>
internal sealed class RetentionSettingsModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, IEnumerable<IRetentionRule> rules) : PageModel
{
    public const string InvalidMonths = "Vul een heel aantal maanden in, tussen het minimum en maximum in de tabel.";

    public sealed class InputModel
    {
        /// <summary>Months per rule, in the order of <see cref="Rules"/>; text so a wrong entry is kept and answered.</summary>
        public List<string?> Months { get; set; } = [];
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<IRetentionRule> Rules { get; } = [.. rules.OrderBy(r => r.Title, StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var terms = await TermsAsync(db, Rules, ct);
        Input.Months = [.. Rules.Select(r => (string?)terms[r.Key].ToString(CultureInfo.InvariantCulture))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var months = new int[Rules.Count];
        for (var i = 0; i < Rules.Count; i++)
        {
            var text = i < Input.Months.Count ? Input.Months[i]?.Trim() : null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m >= Rules[i].MinMonths && m <= Rules[i].MaxMonths) months[i] = m;
            else ModelState.AddModelError($"Input.Months[{i}]", InvalidMonths);
        }
        while (Input.Months.Count < Rules.Count) Input.Months.Add(null);
        if (!ModelState.IsValid) return Page();
        var organisation = tenant.RequiredOrganisation().Id;
        var stored = await db.Set<RetentionSetting>().ToListAsync(ct);
        var changes = new List<string>();
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var row = stored.FirstOrDefault(s => s.Key == rule.Key);
            if ((row?.Months ?? rule.DefaultMonths) == months[i]) continue;
            if (row is null) db.Add(new RetentionSetting { OrganisationId = organisation, Key = rule.Key, Months = months[i] });
            else row.Months = months[i];
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"{rule.Key}: {months[i]}"));
        }
        if (changes.Count > 0)
        {
            audit.Record(organisation, "bewaartermijnen.gewijzigd", string.Join(", ", changes));
            await db.SaveChangesAsync(ct);
        }
        TempData["Melding"] = "De bewaartermijnen zijn opgeslagen.";
        return RedirectToPage();
    }

    /// <summary>The current organisation's term per rule key: its own setting, else the rule's default.</summary>
    public static async Task<Dictionary<string, int>> TermsAsync(PleinDb db, IEnumerable<IRetentionRule> rules, CancellationToken ct)
    {
        var own = await db.Set<RetentionSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Months, ct);
        return rules.ToDictionary(r => r.Key, r => own.GetValueOrDefault(r.Key, r.DefaultMonths));
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        this.Enforce(PlatformPermissions.CanAdminister(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id));
}
