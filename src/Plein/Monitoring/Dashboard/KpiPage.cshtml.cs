using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Kpis;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;

namespace Plein.Monitoring.Dashboard;

/// <summary>One KPI: its course per quarter as a chart with its table; staff set baseline and target and enter measurements.</summary>
internal sealed class KpiPageModel(PleinDb db, KpiValues values, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class GoalInput
    {
        [Range(0d, 1_000_000_000d, ErrorMessage = "Vul een getal in van 0 of meer.")] public decimal? Baseline { get; set; }
        public DateOnly? BaselineOn { get; set; }
        [Range(0d, 1_000_000_000d, ErrorMessage = "Vul een getal in van 0 of meer.")] public decimal? Target { get; set; }
        public DateOnly? TargetOn { get; set; }
        public long Version { get; set; }
    }

    internal sealed class MeasurementInput
    {
        [Required(ErrorMessage = "Vul de datum van de meting in, bijvoorbeeld 2026-11-01.")] public DateOnly? On { get; set; }
        [Required(ErrorMessage = "Vul de gemeten waarde in."), Range(0d, 1_000_000_000d, ErrorMessage = "Vul een getal in van 0 of meer.")] public decimal? Value { get; set; }
        [Required(ErrorMessage = "Schrijf waar de waarde op rust, bijvoorbeeld de bron of het onderzoek."), StringLength(2000, ErrorMessage = "Gebruik hoogstens 2.000 tekens.")] public string? Evidence { get; set; }
    }

    [BindProperty] public GoalInput Goal { get; set; } = new();
    [BindProperty] public MeasurementInput Measurement { get; set; } = new();
    public KpiStatus Status { get; private set; } = default!;
    public IReadOnlyList<KpiMeasurement> Measurements { get; private set; } = [];
    public bool IsStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } stop) return stop;
        var k = Status.Kpi;
        Goal = new GoalInput { Baseline = k.Baseline, BaselineOn = k.BaselineOn, Target = k.Target, TargetOn = k.TargetOn, Version = RowVersion.Of(k.UpdatedAt) };
        return Page();
    }

    public async Task<IActionResult> OnPostGoalAsync(string key, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } stop) return stop;
        if (!IsStaff) return this.Enforce(MonitoringPermissions.Manage(await me.LoadAsync(ct))) ?? Forbid();
        this.KeepOnly(nameof(Goal));
        if (Goal.Baseline is not null && Goal.BaselineOn is null) ModelState.AddModelError("Goal.BaselineOn", "Vul de datum van de nulmeting in.");
        if (Goal.Target is not null && Goal.TargetOn is null) ModelState.AddModelError("Goal.TargetOn", "Vul in wanneer het doel bereikt moet zijn.");
        if (Goal.BaselineOn is { } b && Goal.TargetOn is { } t && t <= b) ModelState.AddModelError("Goal.TargetOn", "De datum van het doel ligt na de nulmeting.");
        if (!ModelState.IsValid) return Page();
        var kpi = await db.Set<Kpi>().SingleAsync(x => x.Key == key, ct);
        db.Entry(kpi).Property(x => x.UpdatedAt).OriginalValue = RowVersion.From(Goal.Version);
        (kpi.Baseline, kpi.BaselineOn, kpi.Target, kpi.TargetOn, kpi.UpdatedAt) = (Goal.Baseline, Goal.Baseline is null ? null : Goal.BaselineOn, Goal.Target, Goal.Target is null ? null : Goal.TargetOn, clock.GetUtcNow());
        await audit.RecordNationalAsync("monitoring.doel-gewijzigd", kpi.Name, $"nulmeting {kpi.Baseline?.ToString() ?? "-"}, doel {kpi.Target?.ToString() ?? "-"}", ct);
        TempData["Melding"] = await db.TrySaveAsync(ct) ? "De nulmeting en het doel zijn opgeslagen." : "Iemand anders heeft deze KPI net gewijzigd. Bekijk de nieuwe waarden en probeer het opnieuw.";
        return Redirect($"/monitoring/kpis/{key}");
    }

    public async Task<IActionResult> OnPostMeasurementAsync(string key, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } stop) return stop;
        if (!IsStaff) return this.Enforce(MonitoringPermissions.Manage(await me.LoadAsync(ct))) ?? Forbid();
        this.KeepOnly(nameof(Measurement));
        if (Status.Kpi.Computed) ModelState.AddModelError("Measurement.Value", "Plein berekent deze KPI zelf. U kunt er geen meting bij invullen.");
        if (Measurement.On > Platform.Tenancy.Organisation.Today) ModelState.AddModelError("Measurement.On", "Een meting kan niet in de toekomst liggen.");
        if (!ModelState.IsValid) return Page();
        db.Add(new KpiMeasurement
        {
            Id = Guid.NewGuid(), KpiId = Status.Kpi.Id, On = Measurement.On!.Value, Value = Measurement.Value!.Value, Evidence = Measurement.Evidence!.Trim(),
            EnteredBy = (await me.LoadAsync(ct)).User!.Id, EnteredAt = clock.GetUtcNow(),
        });
        await audit.RecordNationalAsync("monitoring.meting-ingevuld", Status.Kpi.Name, $"{Measurement.Value} op {Measurement.On:yyyy-MM-dd}", ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De meting is opgeslagen.";
        return Redirect($"/monitoring/kpis/{key}");
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken ct)
    {
        if (await db.Set<Kpi>().AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, ct) is not { } kpi) return NotFound();
        Status = await values.StatusAsync(kpi, Platform.Tenancy.Organisation.Today, quarters: 8, ct);
        Measurements = await db.Set<KpiMeasurement>().AsNoTracking().Where(m => m.KpiId == kpi.Id).OrderByDescending(m => m.On).Take(50).ToListAsync(ct);
        IsStaff = MonitoringPermissions.Manage(await me.LoadAsync(ct)) == PlatformPermissions.Verdict.Allowed;
        return null;
    }
}
