using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Documents;
using Plein.Platform.Tenancy;

namespace Plein.Monitoring.Reports;

/// <summary>
/// One voortgangsrapportage: the draft as it will read, the sections to write, versions, and the four-eyes approval.
/// Saving makes a new version with the figures as they are now; an approved report no longer changes.
/// </summary>
internal sealed class ReportPageModel(PleinDb db, FigureSnapshots snapshots, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxSectionLength = 20_000;

    [BindProperty] public Dictionary<string, string?> Text { get; set; } = [];
    [BindProperty] public long Version { get; set; }
    [BindProperty(SupportsGet = true, Name = "versie")] public int? Shown { get; set; }

    public ProgressReport Report { get; private set; } = default!;
    public ReportVersion Current { get; private set; } = default!;
    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];
    public ReportDocument Document { get; private set; } = default!;
    public bool CanApprove { get; private set; }
    public bool Editable => Report.State == ReportState.Concept && Current.Number == Report.Version;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Text = ReportSections.All.ToDictionary(s => s.Key, s => Current.Sections.GetValueOrDefault(s.Key));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Report.State != ReportState.Concept) return Back(id, "Deze rapportage is ter goedkeuring aangeboden of goedgekeurd. Zet haar eerst terug naar concept.");
        foreach (var section in ReportSections.All.Where(s => Text.GetValueOrDefault(s.Key)?.Length > MaxSectionLength))
            ModelState.AddModelError($"Text[{section.Key}]", "Gebruik hoogstens 20.000 tekens.");
        if (!ModelState.IsValid) return Page();
        var sections = new Sections();
        foreach (var s in ReportSections.All) if (Text.GetValueOrDefault(s.Key) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)) sections[s.Key] = text.Trim();
        return await NewVersionAsync(id, sections, "De nieuwe versie is opgeslagen, met de cijfers van nu.", ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Report.State != ReportState.Concept) return Back(id, "Deze rapportage is al aangeboden.");
        var missing = ReportSections.All.Count(s => !Current.Sections.ContainsKey(s.Key));
        if (missing > 0) return Back(id, "Schrijf eerst alle hoofdstukken. Bij een leeg hoofdstuk staat nog: nog te schrijven.");
        return await ChangeStateAsync(id, ReportState.TerGoedkeuring, "monitoring.rapportage-aangeboden", "De rapportage is ter goedkeuring aangeboden. Een collega keurt haar goed.", ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Report.State != ReportState.TerGoedkeuring) return Back(id, "Alleen een aangeboden rapportage kan worden goedgekeurd.");
        if (!CanApprove) return Back(id, "Een collega die de rapportage niet zelf aanbood, keurt haar goed.");
        return await ChangeStateAsync(id, ReportState.Goedgekeurd, "monitoring.rapportage-goedgekeurd", "De rapportage is goedgekeurd en ligt vast.", ct);
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Report.State != ReportState.TerGoedkeuring) return Back(id, "Alleen een aangeboden rapportage kan terug naar concept.");
        return await ChangeStateAsync(id, ReportState.Concept, "monitoring.rapportage-teruggezet", "De rapportage is weer een concept.", ct);
    }

    private async Task<IActionResult> NewVersionAsync(Guid id, Sections sections, string done, CancellationToken ct)
    {
        var tracked = await db.Set<ProgressReport>().SingleAsync(r => r.Id == id, ct);
        db.Entry(tracked).Property(r => r.UpdatedAt).OriginalValue = RowVersion.From(Version);
        var now = clock.GetUtcNow();
        (tracked.Version, tracked.UpdatedAt) = (tracked.Version + 1, now);
        db.Add(new ReportVersion { Id = Guid.NewGuid(), ReportId = id, Number = tracked.Version, Sections = sections, Figures = await snapshots.TakeAsync(tracked.From, tracked.Until, ct),
            SavedBy = (await me.LoadAsync(ct)).User!.Id, SavedAt = now });
        if (!await db.TrySaveAsync(ct)) return Back(id, "Een collega heeft net een nieuwe versie opgeslagen. Bekijk die en voeg uw tekst opnieuw toe.");
        return Back(id, done);
    }

    /// <summary>Only from the state and version the page showed: an approval never lands on a version the approver did not see.</summary>
    private async Task<IActionResult> ChangeStateAsync(Guid id, ReportState state, string action, string done, CancellationToken ct)
    {
        var tracked = await db.Set<ProgressReport>().SingleAsync(r => r.Id == id, ct);
        db.Entry(tracked).Property(r => r.UpdatedAt).OriginalValue = RowVersion.From(Version);
        var user = (await me.LoadAsync(ct)).User!.Id;
        var now = clock.GetUtcNow();
        (tracked.State, tracked.UpdatedAt) = (state, now);
        if (state == ReportState.TerGoedkeuring) tracked.SubmittedBy = user;
        if (state == ReportState.Goedgekeurd) (tracked.ApprovedBy, tracked.ApprovedAt) = (user, now);
        await audit.RecordNationalAsync(action, tracked.Title, $"versie {tracked.Version}", ct);
        return await db.TrySaveAsync(ct) ? Back(id, done) : Back(id, "De rapportage is intussen gewijzigd. Bekijk de versie die er nu ligt en probeer het opnieuw.");
    }

    private RedirectResult Back(Guid id, string message)
    {
        TempData["Melding"] = message;
        return Redirect($"/monitoring/rapportages/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        var office = await OrganisationRegister.ProgrammeOfficeIdAsync(db, ct);
        if (this.Enforce(ReportApproval.Work(loaded, office)) is { } denied) return denied;
        if (await db.Set<ProgressReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } report) return NotFound();
        Report = report;
        Versions = await db.Set<ReportVersion>().AsNoTracking().Where(v => v.ReportId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        if (Versions.FirstOrDefault(v => v.Number == (Shown ?? report.Version)) is not { } current) return NotFound();
        Current = current;
        Document = ReportComposer.Compose(report, current);
        if (HttpContext.Request.Method == HttpMethods.Get) Version = RowVersion.Of(report.UpdatedAt);
        CanApprove = ReportApproval.Approve(loaded, office, report.SubmittedBy) == PlatformPermissions.Verdict.Allowed;
        return null;
    }
}
