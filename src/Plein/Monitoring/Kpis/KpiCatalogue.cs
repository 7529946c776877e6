using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;

namespace Plein.Monitoring.Kpis;

/// <summary>
/// The programme's KPIs, in every database; added when missing, so staff's changes to baselines and targets stay.
/// The uitdaagrecht baseline and target are the programme's own (nulmeting 2018: 75 gemeenten; doel: verdubbeling).
/// </summary>
internal sealed class KpiCatalogue(PleinDb db, TimeProvider clock) : IReferenceData
{
    private static Kpi Computed(string key, string name, string priority, int? area, string unit, bool cumulative = false, decimal? baseline = null, DateOnly? baselineOn = null,
        decimal? target = null, DateOnly? targetOn = null, string description = "") =>
        new() { Key = key, Name = name, Priority = priority, Area = area, Unit = unit, Figure = key, Cumulative = cumulative, Baseline = baseline, BaselineOn = baselineOn,
            Target = target, TargetOn = targetOn, Description = description };

    public static readonly Kpi[] Defaults =
    [
        Computed("quickscans-afgerond", "Quick scans afgerond", "A", null, "quick scans", target: 30, targetOn: new DateOnly(2026, 12, 31)),
        Computed("quickscans-lopend", "Quick scans met een open vragenlijst", "A", null, "quick scans", cumulative: true),
        Computed("quickscan-respondenten", "Respondenten van de quick scan", "A", 3, "respondenten", target: 3000, targetOn: new DateOnly(2026, 12, 31)),
        Computed("uitdaagrecht-open", "Gemeenten actief met het uitdaagrecht", "B", 3, "organisaties", cumulative: true, baseline: 75, baselineOn: new DateOnly(2018, 1, 1),
            target: 150, targetOn: new DateOnly(2026, 12, 31), description: "Organisaties waar het uitdaagrecht open is (routeplanner: open). Doel: een verdubbeling ten opzichte van de nulmeting."),
        Computed("uitdaagrecht-verzoeken", "Uitdaagrecht-verzoeken ingediend", "B", 3, "verzoeken"),
        Computed("participatieprocessen", "Digitale participatieprocessen gestart", "C", 5, "processen", target: 50, targetOn: new DateOnly(2026, 12, 31)),
        Computed("participatie-deelnemers", "Deelnemers aan digitale participatie", "C", 5, "deelnemers"),
        Computed("begrotingen", "Begrotingen waarop inwoners stemden", "C", 5, "begrotingen"),
        Computed("begroten-stemmers", "Stemmen bij begroten", "C", 5, "stembiljetten"),
        Computed("digitale-raadsvergaderingen", "Digitale raadsvergaderingen", "C", 1, "vergaderingen"),
        Computed("knelpunten", "Knelpunten in de energietransitie verzameld", "D", 1, "knelpunten"),
        Computed("gebied-steunvragen", "Steunvragen uit het Gronings aardbevingsgebied", "E", 7, "steunvragen"),
        Computed("aanbod-bijeenkomsten", "Bijeenkomsten van het aanbod", "Aanbod", 2, "bijeenkomsten"),
        Computed("aanbod-deelnemers", "Deelnemers aan het aanbod", "Aanbod", 2, "deelnemers", target: 1000, targetOn: new DateOnly(2026, 12, 31)),
        Computed("aanbod-organisaties", "Organisaties bereikt met het aanbod", "Aanbod", 2, "organisaties"),
        Computed("aanbod-waardering", "Gemiddelde waardering van het aanbod", "Aanbod", 2, "rapportcijfer", target: 7.5m, targetOn: new DateOnly(2026, 12, 31)),
        Computed("digitale-trainingen-inschrijvingen", "Inschrijvingen voor digitale trainingen", "Aanbod", 2, "inschrijvingen"),
        Computed("digitale-trainingen-afgerond", "Digitale trainingen afgerond", "Aanbod", 2, "certificaten"),
        new() { Key = "participatieverordening", Name = "Gemeenten met een participatieverordening volgens de nieuwe wet", Priority = "C", Area = 3, Unit = "gemeenten",
            Cumulative = true, Target = 342, TargetOn = new DateOnly(2027, 12, 31),
            Description = "Het programmabureau vult dit in uit de landelijke inventarisatie, met de bron als bewijs." },
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var have = await db.Set<Kpi>().Select(k => k.Key).ToListAsync(ct);
        var order = 0;
        foreach (var kpi in Defaults)
        {
            order++;
            if (have.Contains(kpi.Key)) continue;
            db.Add(new Kpi
            {
                Id = Guid.NewGuid(), Key = kpi.Key, Name = kpi.Name, Description = kpi.Description, Priority = kpi.Priority, Area = kpi.Area, Unit = kpi.Unit, Figure = kpi.Figure,
                Cumulative = kpi.Cumulative, Baseline = kpi.Baseline, BaselineOn = kpi.BaselineOn, Target = kpi.Target, TargetOn = kpi.TargetOn, Order = order, UpdatedAt = clock.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
