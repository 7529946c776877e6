using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation.Processes;

/// <summary>Staff edit a process: its text, publication, phases with their settings, and the outcome.</summary>
internal sealed class ManageProcessModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class PhaseInput
    {
        [Required(ErrorMessage = "Vul een naam in.")]
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Vul een geldige datum in, bijvoorbeeld 2027-01-01.")]
        public DateOnly? Starts { get; set; }

        [Required(ErrorMessage = "Vul een geldige datum in, bijvoorbeeld 2027-01-01.")]
        public DateOnly? Ends { get; set; }

        public bool ProposalsOpen { get; set; }
        public bool SupportOpen { get; set; }
        public bool CommentsOpen { get; set; }

        [Range(1, 1000, ErrorMessage = "Vul een getal van 1 tot en met 1000 in, of laat het leeg.")]
        public int? SupportLimit { get; set; }

        [Required(ErrorMessage = "Kies wat nodig is.")]
        public VerificationLevel ProposeLevel { get; set; } = VerificationLevel.BevestigdEmail;

        [Required(ErrorMessage = "Kies wat nodig is.")]
        public VerificationLevel SupportLevel { get; set; } = VerificationLevel.BevestigdEmail;

        [Required(ErrorMessage = "Kies wat nodig is.")]
        public VerificationLevel CommentLevel { get; set; } = VerificationLevel.BevestigdEmail;
    }

    [BindProperty] public ProcessInput Input { get; set; } = new();
    [BindProperty] public PhaseInput Phase { get; set; } = new();
    [BindProperty, StringLength(20_000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")] public string? Outcome { get; set; }

    [BindProperty, Required(ErrorMessage = "Vul een titel in."), StringLength(200, MinimumLength = 3, ErrorMessage = "Gebruik 3 tot 200 tekens.")]
    public string? SurveyTitle { get; set; }

    public Process Process { get; private set; } = default!;
    public IReadOnlyList<Survey> Surveys { get; private set; } = [];
    public string Slug => tenant.RequiredOrganisation().Slug;
    public IEnumerable<SelectListItem> LevelOptions =>
        VerificationLevels.Selectable.Select(l => new SelectListItem(VerificationLevels.Describe(l), l.ToString()));

    public IEnumerable<string> Describe(Phase phase)
    {
        if (phase.ProposalsOpen) yield return "voorstellen indienen";
        if (phase.SupportOpen) yield return phase.SupportLimit is null ? "steunen" : "steunen (met grens)";
        if (phase.CommentsOpen) yield return "reacties plaatsen";
        if (!phase.ProposalsOpen && !phase.SupportOpen && !phase.CommentsOpen) yield return "alleen lezen";
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = ProcessInput.From(Process);
        await Input.LoadAreasAsync(db, null, ct);
        Outcome = Process.Outcome;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(Input));
        await Input.LoadAreasAsync(db, ModelState, ct);
        if (!ModelState.IsValid) return Page();
        Input.CopyTo(Process);
        // The process's surveys follow its area, and its title in their breadcrumb.
        await db.Set<Survey>().Where(s => s.ParentId == Process.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AreaId, Process.CensusAreaId).SetProperty(x => x.ParentTitle, Process.Title), ct);
        return await SaveAsync("proces.gewijzigd", "De gegevens zijn opgeslagen.", ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Process.Published = !Process.Published;
        return await SaveAsync(Process.Published ? "proces.gepubliceerd" : "proces.teruggetrokken", Process.Published ? "Het proces is gepubliceerd." : "Het proces is weer een concept.", ct);
    }

    public async Task<IActionResult> OnPostAddPhaseAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(Phase));
        if (Phase.Starts is { } s && Phase.Ends is { } e)
        {
            if (e < s) ModelState.AddModelError("Phase.Ends", "De laatste dag ligt vóór de eerste dag.");
            else if (Process.Phases.Any(p => p.Starts <= e && s <= p.Ends)) ModelState.AddModelError("Phase.Starts", "Deze data overlappen met een andere fase.");
        }
        if (!VerificationLevels.Selectable.Contains(Phase.ProposeLevel)) ModelState.AddModelError("Phase.ProposeLevel", "Kies wat nodig is uit de lijst.");
        if (!VerificationLevels.Selectable.Contains(Phase.SupportLevel)) ModelState.AddModelError("Phase.SupportLevel", "Kies wat nodig is uit de lijst.");
        if (!VerificationLevels.Selectable.Contains(Phase.CommentLevel)) ModelState.AddModelError("Phase.CommentLevel", "Kies wat nodig is uit de lijst.");
        if (!ModelState.IsValid) return Page();
        Process.Phases.Add(new Phase
        {
            Id = Guid.NewGuid(), Name = Phase.Name.Trim(), Starts = Phase.Starts!.Value, Ends = Phase.Ends!.Value,
            ProposalsOpen = Phase.ProposalsOpen, SupportOpen = Phase.SupportOpen, CommentsOpen = Phase.CommentsOpen, SupportLimit = Phase.SupportLimit,
            ProposeLevel = Phase.ProposeLevel, SupportLevel = Phase.SupportLevel, CommentLevel = Phase.CommentLevel,
        });
        return await SaveAsync("proces.fase-toegevoegd", "De fase is toegevoegd.", ct);
    }

    /// <summary>The phase that could not be removed and what uses it, shown in its row.</summary>
    public (Guid Phase, IReadOnlyList<Contracts.PhaseUser> Users)? PhaseInUse { get; private set; }

    public async Task<IActionResult> OnPostRemovePhaseAsync(Guid id, Guid phaseId, [FromServices] IEnumerable<Contracts.IPhaseUsers> phaseUsers, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var phase = Process.Phases.FirstOrDefault(p => p.Id == phaseId);
        if (phase is null) return NotFound();
        var users = new List<Contracts.PhaseUser>();
        foreach (var user in phaseUsers) users.AddRange(await user.UsersOfAsync(Process.Id, phaseId, ct));
        if (users.Count > 0)
        {
            ModelState.Clear();
            PhaseInUse = (phaseId, users);
            ModelState.AddModelError("RemovePhase", "Een budget gebruikt deze fase om te stemmen of om projecten in te dienen. Daarom kunt u de fase niet verwijderen.");
            Input = ProcessInput.From(Process);
            await Input.LoadAreasAsync(db, null, ct);
            Outcome = Process.Outcome;
            return Page();
        }
        Process.Phases.Remove(phase);
        return await SaveAsync("proces.fase-verwijderd", "De fase is verwijderd.", ct);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(Outcome));
        if (!ModelState.IsValid) return Page();
        Process.Outcome = string.IsNullOrWhiteSpace(Outcome) ? null : Outcome.Trim();
        return await SaveAsync("proces.uitkomst", "De uitkomst is opgeslagen.", ct);
    }

    [BindProperty, Required(ErrorMessage = "Vul een aantal in."), Range(1, Platform.Verification.VotingCodes.VotingCodeService.MaxPerBatch, ErrorMessage = "Vul een aantal van 1 tot en met 100.000 in.")]
    public int? CodeCount { get; set; }

    /// <summary>Makes voting codes for this process and hands them over once, as a CSV for the mail house.</summary>
    public async Task<IActionResult> OnPostVotingCodesAsync(Guid id, [FromServices] Platform.Verification.VotingCodes.VotingCodeService codes, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(CodeCount));
        if (!ModelState.IsValid) return Page();
        var (batch, plain) = await codes.GenerateAsync(Process.Id, Process.Title, CodeCount!.Value, ct);
        audit.Record(tenant.RequiredOrganisation().Id, "stemcodes.gemaakt", $"{Process.Title}: {batch.Count}");
        await db.SaveChangesAsync(ct);
        var (content, type, name) = Platform.Verification.VotingCodes.VotingCodeService.Csv(batch, plain);
        return File(content, type, name);
    }

    public async Task<IActionResult> OnPostAddSurveyAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        this.KeepOnly(nameof(SurveyTitle));
        if (!ModelState.IsValid) return Page();
        var survey = SurveysModule.Create(SurveyTitle!.Trim(), Process.Title, $"/{Slug}/participatie/{Process.Id}", Process.Id, clock.GetUtcNow(), Process.CensusAreaId);
        db.Add(survey);
        audit.Record(tenant.RequiredOrganisation().Id, "vragenlijst.aangemaakt", survey.Title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De vragenlijst is aangemaakt. Voeg nu vragen toe.";
        return Redirect($"/{Slug}/vragenlijsten/{survey.Id}/beheer");
    }

    private async Task<IActionResult> SaveAsync(string action, string message, CancellationToken ct)
    {
        audit.Record(tenant.RequiredOrganisation().Id, action, Process.Title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = message;
        return Redirect($"/{Slug}/participatie/{Process.Id}/beheer");
    }


    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(ParticipationPermissions.Manage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } refused)
            return refused;
        var process = await db.Set<Process>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null) return NotFound();
        Process = process;
        Surveys = await db.Set<Survey>().AsNoTracking().Where(s => s.ParentId == id).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        return null;
    }
}
