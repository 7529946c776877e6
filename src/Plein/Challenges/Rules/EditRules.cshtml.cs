using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Rules;

/// <summary>Handlers set the local rules from the participatieverordening, and the stage of introduction.</summary>
internal sealed class EditRulesModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        public IntroductionStage Stage { get; set; }
        [StringLength(2000, ErrorMessage = "Gebruik hoogstens 2.000 tekens.")] public string? Domains { get; set; }
        [StringLength(2000, ErrorMessage = "Gebruik hoogstens 2.000 tekens.")] public string? Excluded { get; set; }
        public List<string> RequiredItems { get; set; } = [];
        [Required(ErrorMessage = "Vul het aantal weken in."), Range(1, 52, ErrorMessage = "Vul een aantal van 1 tot en met 52 weken in.")] public int? DecisionWeeks { get; set; }
        public bool InformationPausesDeadline { get; set; }
        [Range(0, 52, ErrorMessage = "Vul een aantal van 0 tot en met 52 weken in.")] public int? WeeksBeforeStart { get; set; }
        public AgreementForm AgreementForm { get; set; }
        [Required(ErrorMessage = "Vul de langste duur in."), Range(1, 120, ErrorMessage = "Vul een aantal van 1 tot en met 120 maanden in.")] public int? MaxDurationMonths { get; set; }
        public bool CostNotAboveCurrent { get; set; }
        public bool LegalFormRequired { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Notes { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Organisation Organisation => tenant.RequiredOrganisation();

    public static IEnumerable<SelectListItem> Stages => Enum.GetValues<IntroductionStage>().Select(s => new SelectListItem(RuleTexts.Stage(s), s.ToString()));
    public static IEnumerable<SelectListItem> Forms =>
    [
        new("Overeenkomst of subsidie", nameof(AgreementForm.OvereenkomstOfSubsidie)), new("Overeenkomst", nameof(AgreementForm.Overeenkomst)), new("Subsidie", nameof(AgreementForm.Subsidie)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var rules = await db.Set<ChallengeRules>().AsNoTracking().FirstOrDefaultAsync(ct) ?? ChallengeRules.Example(clock.GetUtcNow());
        Input = new InputModel
        {
            Stage = rules.Stage, Domains = string.Join('\n', rules.Domains), Excluded = string.Join('\n', rules.Excluded), RequiredItems = rules.RequiredItems,
            DecisionWeeks = rules.DecisionWeeks, InformationPausesDeadline = rules.InformationPausesDeadline, WeeksBeforeStart = rules.WeeksBeforeStart,
            AgreementForm = rules.AgreementForm, MaxDurationMonths = rules.MaxDurationMonths, CostNotAboveCurrent = rules.CostNotAboveCurrent,
            LegalFormRequired = rules.LegalFormRequired, Notes = rules.Notes,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var domains = Lines(Input.Domains);
        var excluded = Lines(Input.Excluded);
        if (domains.Any(d => d.Length > 100)) ModelState.AddModelError("Input.Domains", "Houd elk terrein korter dan 100 tekens.");
        if (Input.Stage == IntroductionStage.Open && domains.Count == 0) ModelState.AddModelError("Input.Domains", "Noem minstens één terrein waarop inwoners taken kunnen overnemen.");
        if (Input.RequiredItems.Any(i => RequestItems.Optional.All(o => o.Key != i))) ModelState.AddModelError("Input.RequiredItems", "Kies onderdelen uit de lijst.");
        if (!ModelState.IsValid) return Page();
        var rules = await db.Set<ChallengeRules>().FirstOrDefaultAsync(ct);
        if (rules is null)
        {
            rules = ChallengeRules.Example(clock.GetUtcNow());
            db.Add(rules);
        }
        var opened = rules.Stage != IntroductionStage.Open && Input.Stage == IntroductionStage.Open;
        (rules.Stage, rules.Domains, rules.Excluded, rules.RequiredItems) = (Input.Stage, domains, excluded, [.. Input.RequiredItems.Distinct()]);
        (rules.DecisionWeeks, rules.InformationPausesDeadline, rules.WeeksBeforeStart) = (Input.DecisionWeeks!.Value, Input.InformationPausesDeadline, Input.WeeksBeforeStart ?? 0);
        (rules.AgreementForm, rules.MaxDurationMonths, rules.CostNotAboveCurrent, rules.LegalFormRequired) = (Input.AgreementForm, Input.MaxDurationMonths!.Value, Input.CostNotAboveCurrent, Input.LegalFormRequired);
        (rules.Notes, rules.UpdatedAt) = (string.IsNullOrWhiteSpace(Input.Notes) ? null : Input.Notes.Trim(), clock.GetUtcNow());
        audit.Record(Organisation.Id, opened ? "uitdaagrecht.geopend" : "uitdaagrecht.regels", RuleTexts.Stage(rules.Stage));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The one row per organisation: a colleague saved the first rules at the same moment.
            TempData["Melding"] = "Een collega heeft de regels net opgeslagen. Bekijk ze en wijzig ze zo nodig opnieuw.";
            return Redirect($"/{Organisation.Slug}/uitdaagrecht/regels");
        }
        TempData["Melding"] = "De regels zijn opgeslagen.";
        return Redirect($"/{Organisation.Slug}/uitdaagrecht");
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        this.Enforce(ChallengePermissions.CanHandle(await me.LoadAsync(ct), Organisation.Id));
}
