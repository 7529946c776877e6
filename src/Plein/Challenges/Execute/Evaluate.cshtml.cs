using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Agree;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Execute;

/// <summary>The evaluation: continue, extend (back to execution with a new end date) or end, the lessons, and a summary for the public register.</summary>
internal sealed class EvaluateModel(PleinDb db, ITenantContext tenant, CurrentUser me, ChallengeAccess access, ChallengeMails mails, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Kies de uitkomst.")] public EvaluationOutcome? Outcome { get; set; }
        public DateOnly? NewEnd { get; set; }
        [Required(ErrorMessage = "Schrijf op wat u hebt geleerd."), StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? Lessons { get; set; }
        [Required(ErrorMessage = "Schrijf in een paar zinnen wat het heeft opgeleverd."), StringLength(2000, ErrorMessage = "Gebruik hoogstens 2.000 tekens.")] public string? ResultSummary { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Challenge Item { get; private set; } = default!;
    public Agreement Agreement { get; private set; } = default!;
    public IReadOnlyList<ProgressReport> Reports { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string CasePath => $"/{Organisation.Slug}/uitdaagrecht/behandeling/{Item.Id}";
    public static IEnumerable<SelectListItem> Outcomes =>
    [
        new("Kies de uitkomst", ""), new("Voortzetten: de aanvrager blijft de taak doen", nameof(EvaluationOutcome.Voortzetten)),
        new("Verlengen: dezelfde afspraken, langer", nameof(EvaluationOutcome.Verlengen)), new("Beëindigen: de taak gaat terug naar de organisatie", nameof(EvaluationOutcome.Beeindigen)),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var rules = await access.RulesAsync(ct);
        if (Input.Outcome == EvaluationOutcome.Verlengen)
        {
            if (Input.NewEnd is not { } end) ModelState.AddModelError("Input.NewEnd", "Kies tot wanneer de afspraken gelden.");
            else if (end <= Agreement.Ends) ModelState.AddModelError("Input.NewEnd", "Kies een datum na de huidige laatste dag.");
            else if (end.Year > 2100 || end >= Agreement.Starts.AddMonths(rules.MaxDurationMonths)) ModelState.AddModelError("Input.NewEnd", "De afspraken duren dan langer dan de regels toestaan. Kies een eerdere datum.");
        }
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var tracked = await db.Set<Agreement>().SingleAsync(a => a.Id == Agreement.Id, ct);
        (tracked.Outcome, tracked.Lessons, tracked.ResultSummary, tracked.EvaluatedOn) = (Input.Outcome, Input.Lessons!.Trim(), Input.ResultSummary!.Trim(), Organisation.Today);
        string text;
        if (Input.Outcome == EvaluationOutcome.Verlengen)
        {
            tracked.Ends = Input.NewEnd!.Value;
            Item.Advance(ChallengeState.Uitvoering, now);
            text = $"Evaluatie: de afspraken worden verlengd tot en met {ChallengeMails.Date(tracked.Ends)}.";
        }
        else
        {
            Item.Advance(ChallengeState.Afgerond, now);
            text = Input.Outcome == EvaluationOutcome.Voortzetten
                ? "Evaluatie: u blijft de taak doen. Wij maken samen nieuwe afspraken."
                : "Evaluatie: de afspraken stoppen en de taak gaat terug naar de organisatie.";
        }
        mails.Event(Item, "evaluatie", $"{text}\n{tracked.ResultSummary}", me.Id);
        await mails.ToChallengerAsync(Item, "Evaluatie van uw uitdaagrecht", $"{text}\n\nWat het heeft opgeleverd:\n{tracked.ResultSummary}\n\nDank u wel voor uw inzet.", ct);
        audit.Record(Organisation.Id, "uitdaagrecht.evaluatie", Item.Reference!, Input.Outcome.ToString());
        if (!await access.TrySaveAsync(ct))
        {
            TempData["Melding"] = ChallengeAccess.ChangedMeanwhile;
            return Redirect(CasePath);
        }
        TempData["Melding"] = "De evaluatie is vastgelegd.";
        return Redirect(CasePath);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (challenge, stop) = await access.ForHandlerAsync(this, id, ct);
        if (stop is not null) return stop;
        Item = challenge!;
        if (Item.State != ChallengeState.Evaluatie)
        {
            TempData["Melding"] = "Evalueren kan als de evaluatie is gestart.";
            return Redirect(CasePath);
        }
        Agreement = await db.Set<Agreement>().AsNoTracking().SingleAsync(a => a.ChallengeId == id, ct);
        Reports = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.ChallengeId == id).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        return null;
    }
}
