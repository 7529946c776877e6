using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Kpis;
using Plein.Monitoring.Reports;
using Plein.Platform;
using Plein.Platform.Accounts;

namespace Plein.Monitoring.Demo;

/// <summary>Inhabitants of the demo municipalities, a measurement for the entered KPI and a draft progress report over this year, after every module's demo.</summary>
internal sealed class MonitoringDemo(PleinDb db, FigureSnapshots snapshots, TimeProvider clock) : IDemoContent
{
    public int Stage => 2;

    public async Task SeedAsync(CancellationToken ct)
    {
        var staff = await (from m in db.National<Membership>()
                           join u in db.Users on m.UserId equals u.Id
                           where m.Role == Role.Programmamedewerker && u.Email!.EndsWith("@demo.plein.nl")
                           select u.Id).FirstOrDefaultAsync(ct);
        if (staff == Guid.Empty) return;
        var now = clock.GetUtcNow();
        // Approximate numbers of inhabitants of the demo municipalities, for the size filter.
        foreach (var (slug, inhabitants) in new[] { ("zwolle", 132_000), ("eemsdelta", 45_500) })
            (await db.Organisations.SingleAsync(o => o.Slug == slug, ct)).RecordInhabitants(inhabitants);
        var today = Platform.Tenancy.Organisation.Today;
        var kpi = await db.Set<Kpi>().SingleAsync(k => k.Key == "participatieverordening", ct);
        db.Add(new KpiMeasurement { Id = Guid.NewGuid(), KpiId = kpi.Id, On = today.AddMonths(-2), Value = 187, EnteredBy = staff, EnteredAt = now,
            Evidence = "Inventarisatie van de VNG onder gemeenten (demo), peildatum twee maanden geleden." });
        var report = new ProgressReport { Id = Guid.NewGuid(), Title = $"Voortgangsrapportage Democratie in Actie {today.Year}", From = new DateOnly(today.Year, 1, 1), Until = today,
            State = ReportState.Concept, Version = 1, CreatedAt = now, UpdatedAt = now };
        var sections = new Sections
        {
            ["inleiding"] = $"In {today.Year} werkte het programma verder aan de vijf prioriteiten. Deze rapportage laat zien wat er bereikt is en wat de komende periode volgt.",
            ["B-resultaten"] = "Steeds meer gemeenten nemen het uitdaagrecht op in hun participatieverordening. De routeplanner helpt hen stap voor stap.",
            ["B-inzet"] = "Het programma ondersteunt gemeenten die de verordening invoeren, met de digitale training over het uitdaagrecht en een leerkring.",
        };
        db.AddRange(report, new ReportVersion { Id = Guid.NewGuid(), ReportId = report.Id, Number = 1, Sections = sections,
            Figures = await snapshots.TakeAsync(report.From, report.Until, ct), SavedBy = staff, SavedAt = now });
        await db.SaveChangesAsync(ct);
    }
}
