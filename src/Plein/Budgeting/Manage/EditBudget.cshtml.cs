using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Manage;

/// <summary>
/// Staff set up a budget: its settings and projects until voting starts (then they are locked), and voting codes for
/// the letters. "nieuw" as id makes a new budget in a process's phase.
/// </summary>
internal sealed class EditBudgetModel(PleinDb db, Budgets budgets, IProcesses processes, CurrentUser me, ITenantContext tenant, AuditLog audit, VotingCodeService codes, TimeProvider clock) : PageModel
{
    internal sealed class ProjectInput
    {
        [Required(ErrorMessage = "Geef het project een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Beschrijf het project."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Description { get; set; }
        [Required(ErrorMessage = "Vul in wat het project kost."), Range(1, (double)BudgetInput.MaxTotal, ErrorMessage = "Vul een bedrag in van 1 tot 100 miljoen euro.")] public decimal? Cost { get; set; }
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Theme { get; set; }
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Location { get; set; }
    }

    [BindProperty] public BudgetInput Input { get; set; } = new();
    [BindProperty] public string? Phase { get; set; }
    [BindProperty] public long Version { get; set; }
    [BindProperty] public ProjectInput NewProject { get; set; } = new();
    [BindProperty, Range(1, VotingCodeService.MaxPerBatch, ErrorMessage = "Maak 1 tot 100.000 stemcodes tegelijk.")] public int? CodeCount { get; set; }
    [BindProperty] public Guid? SubmissionPhase { get; set; }
    /// <summary>The wijk the letters go to: the result shows turnout per wijk.</summary>
    [BindProperty, StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? CodeArea { get; set; }
    /// <summary>"pdf": printable letters; otherwise a CSV for a mail house.</summary>
    [BindProperty] public string? CodeFormat { get; set; }
    public static IEnumerable<SelectListItem> CodeFormats => [new("Brieven om te printen (PDF, hoogstens 5.000)", "pdf"), new("Een lijst voor het drukwerk (CSV)", "csv")];
    [BindProperty] public ReviewInput Review { get; set; } = new();

    internal sealed class ReviewInput
    {
        public Guid Project { get; set; }
        [Required(ErrorMessage = "Kies of het project haalbaar is.")] public bool? Feasible { get; set; }
        [Range(1, (double)BudgetInput.MaxTotal, ErrorMessage = "Vul een bedrag in van 1 tot 100 miljoen euro.")] public decimal? Cost { get; set; }
        [StringLength(1000, ErrorMessage = "Gebruik hoogstens 1.000 tekens.")] public string? Reason { get; set; }
    }

    public IEnumerable<SelectListItem> SubmissionPhases =>
        [new("Geen: alleen medewerkers voegen projecten toe", ""), .. (Context?.Process.Phases ?? []).Where(p => p.Id != Context!.Budget.VotingPhaseId && p.Ends < Context.Phase.Starts)
            .Select(p => new SelectListItem($"{p.Name} ({p.Starts:d MMM} tot en met {p.Ends:d MMM yyyy})", p.Id.ToString()))];
    public BudgetContext? Context { get; private set; }
    /// <summary>The organisation's census areas: a budget is for the whole organisation or for one wijk.</summary>
    public List<SelectListItem> Areas { get; private set; } = [];
    public bool Locked { get; private set; }
    public List<SelectListItem> Phases { get; private set; } = [];
    public int CodesIssued { get; private set; }
    public int CodesUsed { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Context is { } c) (Input, Version, SubmissionPhase) = (BudgetInput.From(c.Budget), RowVersion.Of(c.Budget.UpdatedAt), c.Budget.SubmissionPhaseId);
        else (Input.Rule, Input.Eligibility) = (BallotRule.Knapsack, VerificationLevel.BevestigdEmail);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var badPhase = ModelState.TryGetValue(nameof(SubmissionPhase), out var phaseState) && phaseState.Errors.Count > 0;
        this.KeepOnly(nameof(Input));
        // A post without any of the fields binds nothing, so nothing was validated: check the empty input, not store it.
        if (!ModelState.Keys.Any(k => k.StartsWith("Input.", StringComparison.Ordinal))) TryValidateModel(Input, nameof(Input));
        Input.Validate(ModelState, nameof(Input));
        if (badPhase) ModelState.AddModelError(nameof(SubmissionPhase), "Kies een fase van dit proces die eindigt voor het stemmen begint.");
        if (Context is not null && SubmissionPhase is { } sp && !SubmissionPhases.Any(o => o.Value == sp.ToString()))
            ModelState.AddModelError(nameof(SubmissionPhase), "Kies een fase van dit proces die eindigt voor het stemmen begint.");
        var chosen = Context is null ? await ChosenPhaseAsync(ct) : null;
        if (Context is null && chosen is null) ModelState.AddModelError(nameof(Phase), "Kies het proces en de fase waarin inwoners stemmen.");
        await CheckAreaAsync(chosen, ct);
        if (Locked) ModelState.AddModelError("Input.Title", "Het stemmen is begonnen. De regels liggen nu vast.");
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        Budget budget;
        if (Context is null)
        {
            budget = new Budget { Id = Guid.NewGuid(), ProcessId = chosen!.Value.Process, VotingPhaseId = chosen.Value.Phase, CreatedAt = now };
            db.Add(budget);
        }
        else
        {
            budget = await db.Set<Budget>().SingleAsync(b => b.Id == Context.Budget.Id, ct);
            db.Entry(budget).Property(b => b.UpdatedAt).OriginalValue = RowVersion.From(Version);
        }
        Input.ApplyTo(budget);
        if (Context is not null) budget.SubmissionPhaseId = SubmissionPhase;
        budget.UpdatedAt = now;
        audit.Record(tenant.RequiredOrganisation().Id, Context is null ? "begroten.budget-gemaakt" : "begroten.budget-gewijzigd", budget.Title, $"{budget.Rule}, {budget.Total:0.00}, {budget.Eligibility}");
        if (!await db.TrySaveAsync(ct))
        {
            ModelState.AddModelError("Input.Title", "Een collega heeft dit budget net gewijzigd. Open de pagina opnieuw en voer uw wijziging nog eens in.");
            return Page();
        }
        TempData["Melding"] = "Het budget is opgeslagen.";
        return Redirect($"/{Slug}/begroten/{budget.Id}/beheer");
    }

    public async Task<IActionResult> OnPostProjectAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Context is null) return NotFound();
        this.KeepOnly(nameof(NewProject));
        if (Locked) return Refused(id, "Het stemmen is begonnen. De projecten liggen nu vast.");
        if (NewProject.Cost is { } cost && decimal.Round(cost, 2) != cost) ModelState.AddModelError("NewProject.Cost", "Gebruik hoogstens twee cijfers achter de komma.");
        if (!ModelState.IsValid) return KeepSettings();
        db.Add(new BudgetProject
        {
            Id = Guid.NewGuid(), BudgetId = Context.Budget.Id, Title = NewProject.Title!.Trim(), Description = NewProject.Description!.Trim(), Cost = NewProject.Cost!.Value,
            Theme = NewProject.Theme?.Trim() ?? "", Location = NewProject.Location?.Trim() ?? "", CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het project is toegevoegd.";
        return Redirect($"/{Slug}/begroten/{id}/beheer#projecten");
    }

    public async Task<IActionResult> OnPostRemoveProjectAsync(string id, Guid project, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Context is null) return NotFound();
        if (Locked)
        {
            TempData["Melding"] = "Het stemmen is begonnen. De projecten liggen nu vast.";
            return Redirect($"/{Slug}/begroten/{id}/beheer#projecten");
        }
        if (await db.Set<BudgetProject>().Where(p => p.Id == project && p.BudgetId == Context.Budget.Id).ExecuteDeleteAsync(ct) == 0) return NotFound();
        db.Changed<BudgetProject>();
        TempData["Melding"] = "Het project is verwijderd.";
        return Redirect($"/{Slug}/begroten/{id}/beheer#projecten");
    }

    /// <summary>The feasibility review of a resident's project: feasible with the cost estimate of the ambtenaren, or not with a reason.</summary>
    public async Task<IActionResult> OnPostReviewAsync(string id, [FromServices] Platform.Mail.Mailer mailer, [FromServices] AccountLinks links, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Context is null) return NotFound();
        this.KeepOnly(nameof(Review));
        var project = Context.AllProjects.FirstOrDefault(p => p.Id == Review.Project && p.Status == ProjectStatus.Ingediend);
        if (project is null) return NotFound();
        if (Locked) return Refused(id, "Het stemmen is begonnen. De projecten liggen nu vast.");
        if (Review.Feasible == true && Review.Cost is null) ModelState.AddModelError("Review.Cost", "Vul in wat het project volgens de gemeente kost.");
        if (Review.Cost is { } reviewed && decimal.Round(reviewed, 2) != reviewed) ModelState.AddModelError("Review.Cost", "Gebruik hoogstens twee cijfers achter de komma.");
        if (Review.Feasible == false && string.IsNullOrWhiteSpace(Review.Reason)) ModelState.AddModelError("Review.Reason", "Schrijf waarom het project niet haalbaar is.");
        if (!ModelState.IsValid) return KeepSettings();
        var tracked = await db.Set<BudgetProject>().SingleAsync(p => p.Id == project.Id, ct);
        tracked.Status = Review.Feasible == true ? ProjectStatus.Haalbaar : ProjectStatus.NietHaalbaar;
        if (Review.Feasible == true) tracked.Cost = Review.Cost!.Value;
        tracked.Review = string.IsNullOrWhiteSpace(Review.Reason) ? null : Review.Reason.Trim();
        audit.Record(tenant.RequiredOrganisation().Id, "begroten.project-beoordeeld", tracked.Title, $"{tracked.Status}: {tracked.Review}");
        if (tracked.SubmittedBy is { } author && await db.Users.Where(u => u.Id == author).Select(u => u.Email).FirstOrDefaultAsync(ct) is { } email)
            mailer.Enqueue(email, $"Uw project voor {Context.Budget.Title}: {ProjectText(tracked.Status)}",
                $"De gemeente heeft uw project \"{tracked.Title}\" beoordeeld: {ProjectText(tracked.Status)}.{(tracked.Review is null ? "" : $"\n\n{tracked.Review}")}\n\n{links.To($"/{Slug}/begroten/{Context.Budget.Id}")}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het project is beoordeeld. De indiener krijgt bericht.";
        return Redirect($"/{Slug}/begroten/{id}/beheer#ingediend");
    }

    /// <summary>A form that failed comes back; the settings form on the same page shows the stored settings, not blanks.</summary>
    private PageResult KeepSettings()
    {
        if (Context is { } c) (Input, Version, SubmissionPhase) = (BudgetInput.From(c.Budget), RowVersion.Of(c.Budget.UpdatedAt), c.Budget.SubmissionPhaseId);
        return Page();
    }

    /// <summary>An action that is no longer possible: said at the top of the page, as its form is not shown any more.</summary>
    private RedirectResult Refused(string id, string message)
    {
        TempData["Melding"] = message;
        return Redirect($"/{Slug}/begroten/{id}/beheer");
    }

    private static string ProjectText(ProjectStatus status) => status == ProjectStatus.Haalbaar ? "haalbaar, het komt op het stembiljet" : "niet haalbaar";

    /// <summary>Voting codes for this budget, handed over once as a CSV for the mail house.</summary>
    public async Task<IActionResult> OnPostCodesAsync(string id, [FromServices] AccountLinks links, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Context is null) return NotFound();
        var areaError = ModelState.TryGetValue(nameof(CodeArea), out var areaState) ? areaState.Errors.FirstOrDefault()?.ErrorMessage : null;
        this.KeepOnly(nameof(CodeCount));
        if (areaError is not null) ModelState.AddModelError(nameof(CodeArea), areaError);
        if (CodeCount is null) ModelState.AddModelError(nameof(CodeCount), "Vul in hoeveel stemcodes u nodig heeft.");
        if (Context.Budget.Eligibility != VerificationLevel.Stemcode) return Refused(id, "Bij dit budget stemt u niet met een stemcode.");
        var letters = CodeFormat == "pdf";
        if (letters && CodeCount > BudgetLetters.MaxPerBatch) ModelState.AddModelError(nameof(CodeCount), "Maak hoogstens 5.000 brieven tegelijk. Kies voor meer adressen de lijst voor het drukwerk.");
        if (!ModelState.IsValid) return KeepSettings();
        var (batch, plain) = await codes.GenerateAsync(Context.Budget.Id, string.IsNullOrWhiteSpace(CodeArea) ? Context.Round.AreaName(Context.Budget) ?? Context.Budget.Title : CodeArea.Trim(), CodeCount!.Value, ct);
        audit.Record(tenant.RequiredOrganisation().Id, "stemcodes.gemaakt", $"{Context.Budget.Title}: {batch.Count}");
        await db.SaveChangesAsync(ct);
        if (!letters)
        {
            var (content, type, name) = VotingCodeService.Csv(batch, plain);
            return File(content, type, name);
        }
        var organisation = tenant.RequiredOrganisation();
        var pdf = new MemoryStream();
        Platform.Documents.PdfWriter.WriteAll($"Stembrieven {Context.Budget.Title}", BudgetLetters.Build(Context.Budget, Context.Phase, organisation, links.To($"/{organisation.Slug}/begroten/{Context.Budget.Id}"), plain,
            Context.Budget.AreaId is null ? [] : [.. Context.Round.CityWide.Where(b => b.Eligibility == VerificationLevel.Stemcode).Select(b => (b.Title, links.To($"/{organisation.Slug}/begroten/{b.Id}")))]), pdf);
        pdf.Position = 0;
        return File(pdf, "application/pdf", $"stembrieven-{batch.CreatedAt:yyyyMMdd-HHmm}.pdf");
    }

    /// <summary>A wijk from the list, and one budget per wijk in a round: a voter of that wijk votes on one wijk budget.</summary>
    private async Task CheckAreaAsync((Guid Process, Guid Phase)? chosen, CancellationToken ct)
    {
        const string key = "Input.AreaId";
        if (ModelState.TryGetValue(key, out var state) && state.Errors.Count > 0)
        {
            state.Errors.Clear();
            ModelState.AddModelError(key, "Kies een wijk uit de lijst.");
            return;
        }
        if (Input.AreaId is not { } area) return;
        if (!Areas.Any(a => a.Value == area.ToString())) { ModelState.AddModelError(key, "Kies een wijk uit de lijst."); return; }
        var (process, phase) = Context is { } c ? (c.Budget.ProcessId, c.Budget.VotingPhaseId) : chosen ?? default;
        var self = Context?.Budget.Id;
        if (await db.Set<Budget>().AnyAsync(b => b.ProcessId == process && b.VotingPhaseId == phase && b.AreaId == area && b.Id != self, ct))
            ModelState.AddModelError(key, "Deze wijk heeft in deze stemronde al een budget. Kies een andere wijk, of de hele gemeente.");
    }

    private async Task<(Guid Process, Guid Phase)?> ChosenPhaseAsync(CancellationToken ct)
    {
        var parts = (Phase ?? "").Split('/');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var process) || !Guid.TryParse(parts[1], out var phase)) return null;
        return (await processes.FindAsync(process, ct))?.Phase(phase) is { } found && found.Starts > Organisation.Today ? (process, phase) : null;
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (this.Enforce(BudgetingPermissions.Manage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } denied) return denied;
        Areas = [new("De hele gemeente: alle inwoners", ""), .. (await db.Set<Platform.Verification.Census.CensusArea>().AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
        if (id != "nieuw")
        {
            if (!Guid.TryParse(id, out var guid) || await budgets.LoadAsync(guid, ct) is not { } context) return NotFound();
            Context = context;
            Locked = context.Locked(Organisation.Today);
            CodesIssued = await db.Set<VotingCode>().CountAsync(c => c.ScopeId == guid, ct);
            CodesUsed = await db.Set<VotingCode>().CountAsync(c => c.ScopeId == guid && c.RedeemedAt != null, ct);
            return null;
        }
        var all = await processes.ListAsync(ct);
        // Only phases still to come: in one that has started, the budget would be locked before it had projects.
        Phases = [new("Kies het proces en de fase", ""), .. all.SelectMany(p => p.Phases.Where(f => f.Starts > Organisation.Today).Select(f => new SelectListItem($"{p.Title}: {f.Name} ({f.Starts:d MMM} tot en met {f.Ends:d MMM yyyy})", $"{p.Id}/{f.Id}")))];
        return null;
    }
}
