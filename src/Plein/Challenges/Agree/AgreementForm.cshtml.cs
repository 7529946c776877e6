using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Agree;

/// <summary>After a yes, the handler records the agreement: tasks, results, budget, period and reporting; changeable until execution starts.</summary>
internal sealed class AgreementFormModel(PleinDb db, ITenantContext tenant, CurrentUser me, ChallengeAccess access, ChallengeMails mails, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        public AgreementForm Form { get; set; }
        [Required(ErrorMessage = "Noem minstens één taak."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Tasks { get; set; }
        [Required(ErrorMessage = "Noem minstens één resultaat waaraan u ziet dat het werkt."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Indicators { get; set; }
        [Required(ErrorMessage = "Vul het budget per jaar in.")] public decimal? BudgetPerYear { get; set; }
        [Required(ErrorMessage = "Vul de eerste dag in.")] public DateOnly? Starts { get; set; }
        [Required(ErrorMessage = "Vul de laatste dag in.")] public DateOnly? Ends { get; set; }
        [Required(ErrorMessage = "Kies hoe vaak de aanvrager rapporteert."), Range(1, Agreement.MaxReportEveryMonths, ErrorMessage = "Kies 1 tot en met 12 maanden.")] public int? ReportEveryMonths { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Challenge Item { get; private set; } = default!;
    public ChallengeRules Rules { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string CasePath => $"/{Organisation.Slug}/uitdaagrecht/behandeling/{Item.Id}";
    public static IEnumerable<SelectListItem> Forms => [new("Overeenkomst", nameof(AgreementForm.Overeenkomst)), new("Subsidie", nameof(AgreementForm.Subsidie))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var existing = await db.Set<Agreement>().AsNoTracking().FirstOrDefaultAsync(a => a.ChallengeId == id, ct);
        var starts = existing?.Starts ?? Item.IntendedStart ?? Organisation.Today.AddMonths(1);
        Input = new InputModel
        {
            Form = existing?.Form ?? (Rules.AgreementForm == AgreementForm.Subsidie ? AgreementForm.Subsidie : AgreementForm.Overeenkomst),
            Tasks = existing is null ? Item.Task : string.Join('\n', existing.Tasks), Indicators = existing is null ? "" : string.Join('\n', existing.Indicators),
            BudgetPerYear = existing?.BudgetPerYear ?? Item.CostEstimate, Starts = starts,
            Ends = existing?.Ends ?? starts.AddMonths(Math.Min(12, Rules.MaxDurationMonths)).AddDays(-1), ReportEveryMonths = existing?.ReportEveryMonths ?? 6,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Rules.AgreementForm != AgreementForm.OvereenkomstOfSubsidie && Input.Form != Rules.AgreementForm)
            ModelState.AddModelError("Input.Form", "Volgens de regels maakt u hier afspraken in deze vorm niet. Kies de vorm uit de regels.");
        if (Input.BudgetPerYear is < 0 or > Submit.RequestInput.MaxAmount) ModelState.AddModelError("Input.BudgetPerYear", "Vul een bedrag van 0 tot 10 miljoen euro in.");
        else if (Rules.CostNotAboveCurrent && Item.CurrentCost is { } current && Input.BudgetPerYear > current)
            ModelState.AddModelError("Input.BudgetPerYear", "Het budget is hoger dan wat de taak nu kost. Dat mag niet volgens de regels.");
        if (Input.Form == AgreementForm.OvereenkomstOfSubsidie) ModelState.AddModelError("Input.Form", "Kies overeenkomst of subsidie.");
        if (Input.Starts is { Year: > 2100 } || Input.Ends is { Year: > 2100 }) ModelState.AddModelError("Input.Ends", "Kies data voor het jaar 2100.");
        else if (Input.Starts is { } starts && Input.Ends is { } ends)
        {
            if (ends <= starts) ModelState.AddModelError("Input.Ends", "De laatste dag ligt na de eerste dag.");
            else if (ends >= starts.AddMonths(Rules.MaxDurationMonths)) ModelState.AddModelError("Input.Ends", "De afspraken duren langer dan de regels toestaan. Kies een eerdere laatste dag.");
        }
        var tasks = Lines(Input.Tasks);
        var indicators = Lines(Input.Indicators);
        if (indicators.Count > 10) ModelState.AddModelError("Input.Indicators", "Noem hoogstens 10 resultaten.");
        if (!ModelState.IsValid) return Page();

        var agreement = await db.Set<Agreement>().FirstOrDefaultAsync(a => a.ChallengeId == id, ct);
        var now = clock.GetUtcNow();
        if (agreement is null) db.Add(agreement = new Agreement { Id = Guid.NewGuid(), ChallengeId = id, CreatedAt = now });
        (agreement.Form, agreement.Tasks, agreement.Indicators, agreement.BudgetPerYear) = (Input.Form, tasks, indicators, Input.BudgetPerYear!.Value);
        (agreement.Starts, agreement.Ends, agreement.ReportEveryMonths) = (Input.Starts!.Value, Input.Ends!.Value, Input.ReportEveryMonths!.Value);
        if (Item.State == ChallengeState.Besluit) Item.Advance(ChallengeState.Overeenkomst, now);
        var period = $"{ChallengeMails.Date(agreement.Starts)} tot en met {ChallengeMails.Date(agreement.Ends)}";
        var text = $"De afspraken zijn vastgelegd ({(agreement.Form == AgreementForm.Subsidie ? "subsidie" : "overeenkomst")}), van {period}. "
            + $"U rapporteert elke {agreement.ReportEveryMonths} maanden; de eerste keer op {ChallengeMails.Date(agreement.NextReport(0)!.Value)}.";
        mails.Event(Item, "overeenkomst", text, me.Id);
        await mails.ToChallengerAsync(Item, "De afspraken over uw uitdaagrecht", text, ct);
        audit.Record(Organisation.Id, "uitdaagrecht.overeenkomst", Item.Reference!, period);
        try
        {
            if (!await access.TrySaveAsync(ct)) return Changed();
        }
        catch (DbUpdateException)
        {
            // The one agreement per request: a colleague (or a second click) saved it first.
            return Changed();
        }
        TempData["Melding"] = "De afspraken zijn opgeslagen en naar de aanvrager gestuurd.";
        return Redirect(CasePath);
    }

    private RedirectResult Changed()
    {
        TempData["Melding"] = ChallengeAccess.ChangedMeanwhile;
        return Redirect(CasePath);
    }

    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (challenge, stop) = await access.ForHandlerAsync(this, id, ct);
        if (stop is not null) return stop;
        Item = challenge!;
        Rules = await access.RulesAsync(ct);
        if (Item.State is ChallengeState.Besluit or ChallengeState.Overeenkomst) return null;
        TempData["Melding"] = "Afspraken maakt u na een toekenning, tot de uitvoering begint.";
        return Redirect(CasePath);
    }
}
