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

namespace Plein.Challenges.Handle;

/// <summary>
/// The handler's workspace for one request: take it, move it a step, ask the challenger for information, assess it per
/// criterion (internal), and decide with reasons. Every step the challenger should know of goes on their timeline.
/// </summary>
internal sealed class CasePageModel(PleinDb db, ITenantContext tenant, CurrentUser me, ChallengeAccess access, ChallengeMails mails, AuditLog audit, TimeProvider clock, Participation.Contracts.ISupportCollection support) : PageModel
{
    internal sealed class StepInput
    {
        [StringLength(2000, ErrorMessage = "Gebruik hoogstens 2.000 tekens.")] public string? Note { get; set; }
    }

    internal sealed class AskInput
    {
        [Required(ErrorMessage = "Schrijf uw vraag aan de aanvrager."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Question { get; set; }
    }

    internal sealed class AssessmentInput
    {
        public List<Row> Rows { get; set; } = [];

        internal sealed class Row
        {
            public string Criterion { get; set; } = "";
            [Range(1, 5, ErrorMessage = "Kies een score van 1 tot en met 5.")] public int? Score { get; set; }
            [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Note { get; set; }
        }
    }

    internal sealed class DecisionInput
    {
        [Required(ErrorMessage = "Kies het besluit.")] public string? Outcome { get; set; }
        [Required(ErrorMessage = "Schrijf de redenen van het besluit."), StringLength(5000, MinimumLength = 20, ErrorMessage = "Schrijf de redenen in 20 tot 5.000 tekens.")] public string? Reasons { get; set; }
    }

    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty] public AskInput Ask { get; set; } = new();
    [BindProperty] public AssessmentInput Assessment { get; set; } = new();
    [BindProperty] public DecisionInput Decision { get; set; } = new();

    public Challenge Item { get; private set; } = default!;
    public IReadOnlyList<ChallengeEvent> Timeline { get; private set; } = [];
    public IReadOnlyList<ChallengeAttachment> Files { get; private set; } = [];
    public int? OnlineSupport { get; private set; }
    public IReadOnlyList<ChallengeAssessment> Assessments { get; private set; } = [];
    public string? HandlerName { get; private set; }
    public Agree.Agreement? Agreement { get; private set; }
    public IReadOnlyList<Agree.ProgressReport> Reports { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/uitdaagrecht/behandeling/{Item.Id}";
    public static IEnumerable<SelectListItem> Outcomes => [new("Kies het besluit", ""), new("Toekennen", "toekennen"), new("Afwijzen", "afwijzen")];
    public static IEnumerable<SelectListItem> Scores => [new("Nog niet beoordeeld", ""), .. Enumerable.Range(1, 5).Select(i => new SelectListItem(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var user = (await me.LoadAsync(ct)).User!;
        if (!Item.AwaitingDecision || Item.HandlerId is not null) return Refuse("Deze aanvraag heeft al een behandelaar, of er is al besloten.");
        (Item.HandlerId, Item.UpdatedAt) = (user.Id, clock.GetUtcNow());
        mails.Event(Item, "behandelaar", $"Uw contactpersoon is {user.DisplayName}.", user.Id);
        return await SaveAsync("uitdaagrecht.behandelaar", "U behandelt deze aanvraag.", ct);
    }

    public async Task<IActionResult> OnPostNextAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Step));
        if (Item.NextStep is not { } next) return Refuse("Deze aanvraag heeft geen volgende stap meer vóór het besluit.");
        if (!ModelState.IsValid) return Page();
        Item.MoveToNextStep(clock.GetUtcNow());
        var note = string.IsNullOrWhiteSpace(Step.Note) ? "" : "\n" + Step.Note.Trim();
        mails.Event(Item, "stap", $"Volgende stap: {RuleTexts.State(next)}.{note}", me.Id);
        await mails.ToChallengerAsync(Item, "Uw aanvraag uitdaagrecht is een stap verder", $"Uw aanvraag is nu in de stap: {RuleTexts.State(next)}.{note}", ct);
        return await SaveAsync("uitdaagrecht.stap", "De aanvraag is een stap verder. De aanvrager krijgt bericht.", ct, RuleTexts.State(next));
    }

    public async Task<IActionResult> OnPostAskAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Ask));
        if (!Item.AwaitingDecision || Item.InformationRequestedOn is not null) return Refuse("Er staat al een vraag open, of er is al besloten.");
        if (!ModelState.IsValid) return Page();
        Item.RequestInformation(Organisation.Today, clock.GetUtcNow());
        var pause = Item.Paused ? "\nTot uw antwoord er is, staat de beslistermijn stil." : "";
        mails.Event(Item, "informatie-gevraagd", $"Vraag van {Organisation.Name}: {Ask.Question!.Trim()}{pause}", me.Id);
        await mails.ToChallengerAsync(Item, "Wij hebben een vraag over uw aanvraag uitdaagrecht",
            $"{Ask.Question.Trim()}\n\nU beantwoordt de vraag op de pagina van uw aanvraag.{pause}", ct);
        return await SaveAsync("uitdaagrecht.informatie-gevraagd", Item.Paused ? "De vraag is verstuurd. De beslistermijn staat stil tot het antwoord er is." : "De vraag is verstuurd.", ct);
    }

    /// <summary>Scores and notes per criterion; internal to the organisation, so nothing goes on the timeline.</summary>
    public async Task<IActionResult> OnPostAssessAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Assessment));
        if (!Item.AwaitingDecision) return Refuse("Na het besluit verandert de beoordeling niet meer.");
        if (Assessment.Rows.Any(r => Criteria.All.All(c => c.Key != r.Criterion)) || Assessment.Rows.DistinctBy(r => r.Criterion).Count() != Assessment.Rows.Count) return BadRequest();
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var existing = await db.Set<ChallengeAssessment>().Where(a => a.ChallengeId == id).ToListAsync(ct);
        foreach (var row in Assessment.Rows)
        {
            var stored = existing.FirstOrDefault(a => a.Criterion == row.Criterion);
            if (row.Score is not { } score)
            {
                if (stored is not null) db.Remove(stored);
                continue;
            }
            if (stored is null) db.Add(stored = new ChallengeAssessment { Id = Guid.NewGuid(), ChallengeId = id, Criterion = row.Criterion });
            (stored.Score, stored.Note, stored.AssessorId, stored.At) = (score, row.Note?.Trim() ?? "", me.Id!.Value, now);
        }
        return await SaveAsync("uitdaagrecht.beoordeeld", "De beoordeling is opgeslagen. De aanvrager ziet die niet.", ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Decision));
        if (!Item.AwaitingDecision || Item.State == ChallengeState.Ingediend) return Refuse("Besluiten kan na het controleren van de voorwaarden, en maar één keer.");
        if (Decision.Outcome is not (null or "toekennen" or "afwijzen")) ModelState.AddModelError("Decision.Outcome", "Kies het besluit.");
        if (Decision.Outcome == "toekennen" && Item.State != ChallengeState.Advies) ModelState.AddModelError("Decision.Outcome", "Toekennen kan na de beoordeling en het advies. Afwijzen kan eerder, bijvoorbeeld als de aanvraag niet aan de voorwaarden voldoet.");
        if (!ModelState.IsValid) return Page();
        var accepted = Decision.Outcome == "toekennen";
        var reasons = Decision.Reasons!.Trim();
        Item.Decide(accepted, reasons, Organisation.Today, clock.GetUtcNow());
        var outcome = accepted ? "toegekend" : "afgewezen";
        mails.Event(Item, "besluit", $"Besluit: de aanvraag is {outcome}.\n{reasons}", me.Id);
        await mails.ToChallengerAsync(Item, $"Besluit over uw aanvraag uitdaagrecht: {outcome}",
            $"{Organisation.Name} heeft besloten: uw aanvraag is {outcome}.\n\n{reasons}\n\n"
            + $"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij {Organisation.Name}. Noem het kenmerk {Item.Reference}, de datum van het besluit en waarom u het er niet mee eens bent."
            + (accepted ? "\n\nWij nemen contact met u op om de afspraken te maken." : ""), ct);
        return await SaveAsync("uitdaagrecht.besluit", "Het besluit is vastgelegd en naar de aanvrager gestuurd.", ct, outcome);
    }

    /// <summary>The agreement is in place and the challenger starts: reports are due from now on.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Item.State != ChallengeState.Overeenkomst || Agreement is null) return Refuse("De uitvoering begint nadat de afspraken zijn vastgelegd.");
        Item.Advance(ChallengeState.Uitvoering, clock.GetUtcNow());
        var text = $"De uitvoering is begonnen. Uw eerste voortgangsrapportage verwachten wij op {ChallengeMails.Date(Agreement.NextReport(0)!.Value)}.";
        mails.Event(Item, "uitvoering", text, me.Id);
        await mails.ToChallengerAsync(Item, "De uitvoering van uw uitdaagrecht is begonnen", text, ct);
        return await SaveAsync("uitdaagrecht.uitvoering", "De uitvoering is begonnen.", ct);
    }

    public async Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Item.State != ChallengeState.Uitvoering) return Refuse("Evalueren kan tijdens de uitvoering.");
        Item.Advance(ChallengeState.Evaluatie, clock.GetUtcNow());
        const string text = "De evaluatie is begonnen. Wij bespreken graag met u hoe het ging. Stuur gerust een laatste voortgangsrapportage.";
        mails.Event(Item, "evaluatie", text, me.Id);
        await mails.ToChallengerAsync(Item, "Evaluatie van uw uitdaagrecht", text, ct);
        TempData["Melding"] = "De evaluatie is begonnen. Leg de uitkomst vast als u klaar bent.";
        audit.Record(Organisation.Id, "uitdaagrecht.evaluatie-gestart", Item.Reference!);
        if (!await access.TrySaveAsync(ct)) return Refuse(ChallengeAccess.ChangedMeanwhile);
        return Redirect(Path + "/evaluatie");
    }

    private async Task<IActionResult> SaveAsync(string action, string notice, CancellationToken ct, string? detail = null)
    {
        audit.Record(Organisation.Id, action, Item.Reference!, detail);
        if (!await access.TrySaveAsync(ct)) return Refuse(ChallengeAccess.ChangedMeanwhile);
        TempData["Melding"] = notice;
        return Redirect(Path);
    }

    private RedirectResult Refuse(string message)
    {
        TempData["Melding"] = message;
        return Redirect(Path);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (challenge, stop) = await access.ForHandlerAsync(this, id, ct);
        if (stop is not null) return stop;
        Item = challenge!;
        Timeline = await db.Set<ChallengeEvent>().AsNoTracking().Where(e => e.ChallengeId == id).OrderBy(e => e.At).ToListAsync(ct);
        Files = await db.Set<ChallengeAttachment>().AsNoTracking().Where(a => a.ChallengeId == id).OrderBy(a => a.AddedAt).ToListAsync(ct);
        if (Item.SupportProposalId is { } proposal) OnlineSupport = await support.CountAsync(proposal, ct);
        Assessments = await db.Set<ChallengeAssessment>().AsNoTracking().Where(a => a.ChallengeId == id).ToListAsync(ct);
        Agreement = await db.Set<Agree.Agreement>().AsNoTracking().FirstOrDefaultAsync(a => a.ChallengeId == id, ct);
        Reports = await db.Set<Agree.ProgressReport>().AsNoTracking().Where(r => r.ChallengeId == id).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        HandlerName = Item.HandlerId is { } h ? await db.Users.Where(u => u.Id == h).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) : null;
        if (Request.Method == HttpMethods.Get || Assessment.Rows.Count == 0)
            Assessment.Rows = [.. Criteria.All.Select(c => Assessments.FirstOrDefault(a => a.Criterion == c.Key) is { } a
                ? new AssessmentInput.Row { Criterion = c.Key, Score = a.Score, Note = a.Note }
                : new AssessmentInput.Row { Criterion = c.Key })];
        return null;
    }
}
