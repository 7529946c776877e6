using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;
using Plein.Platform.Verification.Census;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Demo;

/// <summary>
/// Zwolle: a round open for voting with codes: "Wijkbudget Holtenbroek" for the wijk (40 of its 200 letters used) and the
/// city-wide "Stadsbudget Zwolle", which Holtenbroek's letters open as well (25 of them voted there, and 10 of the 100
/// letters to the other wijken); and a closed playground budget with a published result.
/// </summary>
internal sealed class BudgetingDemo(PleinDb db, TenantContext tenant, IProcesses processes, VotingCodeService codes, TimeProvider clock) : IDemoContent
{
    /// <summary>After participation's demo: the budgets sit in its processes.</summary>
    public int Stage => 1;

    public async Task SeedAsync(CancellationToken ct)
    {
        var zwolle = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == "zwolle", ct);
        if (zwolle is null) return;
        tenant.Organisation = zwolle;
        try
        {
            var all = await processes.ListAsync(ct);
            if (all.FirstOrDefault(p => p.Title == "Wijkbudget Holtenbroek") is { } holtenbroek) await OpenBudgetAsync(holtenbroek, ct);
            if (all.FirstOrDefault(p => p.Title == "Nieuwe speeltuin Stadshagen") is { } playground) await ClosedBudgetAsync(playground, ct);
        }
        finally
        {
            tenant.Organisation = null;
        }
    }

    private async Task OpenBudgetAsync(ProcessInfo process, CancellationToken ct)
    {
        var wijk = HoltenbroekArea();
        var budget = Budget(process, process.Phases[^1], "Wijkbudget Holtenbroek 2027", 150_000m, VerificationLevel.Stemcode);
        budget.MinimumSpendPercent = 50;
        budget.AreaId = wijk.Id;
        var projects = Projects(budget,
            ("Speelplek bij de Hanzeschool", "Een speelplek met klimtoestel en bankjes op het grasveld naast de school.", 45_000m, "spelen", "Hanzeschool"),
            ("Buurtmoestuin Holtenbroek", "Bewoners kweken samen groenten; de gemeente zorgt voor hekken, water en een schuurtje.", 18_000m, "groen", "Populierenplein"),
            ("Veilig oversteken Vechtstraat", "Een zebrapad met verlichting en een drempel bij de bushalte.", 60_000m, "verkeer", "Vechtstraat"),
            ("Bankjes langs de Vecht", "Tien bankjes langs het wandelpad, met een prullenbak bij elk bankje.", 12_000m, "ontmoeten", "Vechtoever"),
            ("Jongerenplek met overkapping", "Een overdekte hangplek met wifi en verlichting tot 23 uur.", 55_000m, "jongeren", "Sportpark Holtenbroek"),
            ("Bloeiende bermen", "Bermen worden bloemrijk ingezaaid en twee keer per jaar gemaaid.", 9_000m, "groen", "hele wijk"));
        var city = Budget(process, process.Phases[^1], "Stadsbudget Zwolle 2027", 300_000m, VerificationLevel.Stemcode);
        (city.Rule, city.MaxChoices, city.CreatedAt) = (BallotRule.Approval, 2, budget.CreatedAt.AddSeconds(-1));
        city.Description = "Voor alle inwoners van Zwolle: kies hoogstens twee projecten voor de hele stad. Woont u in Holtenbroek? Dan stemt u met dezelfde stemcode ook over uw wijkbudget.";
        var cityProjects = Projects(city,
            ("Fietspad langs het Zwarte Water", "Een verlicht fietspad van Holtenbroek naar de binnenstad.", 180_000m, "verkeer", "Zwarte Water"),
            ("Bomen voor koele pleinen", "Honderd nieuwe bomen op de warmste pleinen van de stad.", 120_000m, "groen", "hele stad"),
            ("Gratis zwemles voor volwassenen", "Zwemles voor volwassenen die nooit leerden zwemmen.", 40_000m, "sport", "Zwembad De Vrolijkheid"),
            ("Openbare toiletten in de binnenstad", "Vier toiletten, ook voor mensen in een rolstoel.", 90_000m, "voorzieningen", "binnenstad"));
        db.AddRange(budget, city);
        db.AddRange(projects);
        db.AddRange(cityProjects);
        await db.SaveChangesAsync(ct);
        var (batch, _) = await codes.GenerateAsync(budget.Id, "Holtenbroek", 200, ct);
        var (others, _) = await codes.GenerateAsync(city.Id, "Overige wijken", 100, ct);
        // Letters used so far: ballots keyed by the codes' hashes and the codes marked used, as the ballot box leaves them.
        var used = await db.Set<VotingCode>().Where(c => c.BatchId == batch.Id).OrderBy(c => c.Hash).Take(40).Select(c => new { c.Id, c.Hash }).ToListAsync(ct);
        var usedElsewhere = await db.Set<VotingCode>().Where(c => c.BatchId == others.Id).OrderBy(c => c.Hash).Take(10).Select(c => new { c.Id, c.Hash }).ToListAsync(ct);
        var random = new Random(2027);
        var at = clock.GetUtcNow().AddDays(-1);
        foreach (var code in used) AddBallot(budget, $"c:{code.Hash}", Pick(random, projects, budget.Total), at);
        foreach (var code in used.Take(25).Concat(usedElsewhere)) AddBallot(city, $"c:{code.Hash}", cityProjects.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).Select(p => p.Id), at);
        var ids = used.Concat(usedElsewhere).Select(c => c.Id).ToList();
        await db.Set<VotingCode>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedAt, at), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Holtenbroek's addresses (a made-up slice of postcode area 8025), so the wijk budget has its area.</summary>
    private CensusArea HoltenbroekArea()
    {
        var area = new CensusArea { Id = Guid.NewGuid(), Name = "Holtenbroek", UploadedAt = clock.GetUtcNow() };
        var addresses = "ABCDEFGHJK".SelectMany(l => Enumerable.Range(1, 20).Select(n => new CensusAddress { AreaId = area.Id, Postcode = "8025A" + l, HouseNumber = n })).ToList();
        area.AddressCount = addresses.Count;
        db.Add(area);
        db.AddRange(addresses);
        return area;
    }

    private void AddBallot(Budget budget, string voter, IEnumerable<Guid> choice, DateTimeOffset at)
    {
        var ballot = new Ballot { Id = Guid.NewGuid(), BudgetId = budget.Id, VoterKey = voter, WijkRound = BallotBox.WijkRoundOf(budget), Receipt = BallotBox.NewReceipt(), Channel = BallotChannel.Online, CreatedAt = at, UpdatedAt = at };
        db.Add(ballot);
        db.AddRange(choice.Select(p => new BallotChoice { BallotId = ballot.Id, ProjectId = p, BudgetId = budget.Id }));
    }

    private async Task ClosedBudgetAsync(ProcessInfo process, CancellationToken ct)
    {
        var budget = Budget(process, process.Phases[0], "Speeltuinbudget Stadshagen", 40_000m, VerificationLevel.BevestigdEmail);
        budget.ResultsPublishedAt = clock.GetUtcNow().AddDays(-15);
        var projects = Projects(budget,
            ("Klimrek voor grotere kinderen", "Een klimrek tot drie meter hoog.", 22_000m, "spelen", ""),
            ("Schommel voor kinderen met een beperking", "Een nestschommel die ook met een rolstoel bereikbaar is.", 9_500m, "spelen", ""),
            ("Zandbak met watertappunt", "Een grote zandbak met een pomp.", 12_000m, "spelen", ""),
            ("Picknicktafels", "Vier tafels in de schaduw.", 4_000m, "ontmoeten", ""));
        db.Add(budget);
        db.AddRange(projects);
        var users = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@demo.plein.nl")).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(ct);
        var random = new Random(2026);
        var at = clock.GetUtcNow().AddDays(-40);
        foreach (var user in users) AddBallot(budget, $"u:{user}", Pick(random, projects, budget.Total), at);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A random choice that fits the budget: projects in random order, each taken when it still fits.</summary>
    private static List<Guid> Pick(Random random, IReadOnlyList<BudgetProject> projects, decimal total)
    {
        var left = total;
        var chosen = new List<Guid>();
        foreach (var p in projects.OrderBy(_ => random.Next()))
        {
            if (p.Cost > left || random.Next(3) == 0) continue;
            chosen.Add(p.Id);
            left -= p.Cost;
        }
        if (chosen.Count == 0) chosen.Add(projects.OrderBy(p => p.Cost).First().Id);
        return chosen;
    }

    private Budget Budget(ProcessInfo process, PhaseInfo phase, string title, decimal total, VerificationLevel eligibility)
    {
        var now = clock.GetUtcNow();
        return new Budget
        {
            Id = Guid.NewGuid(), ProcessId = process.Id, VotingPhaseId = phase.Id, Title = title, Total = total, Rule = BallotRule.Knapsack, Eligibility = eligibility,
            Description = "Kies de projecten die u het belangrijkst vindt. Samen mogen ze niet meer kosten dan het budget.", CreatedAt = now, UpdatedAt = now,
        };
    }

    private List<BudgetProject> Projects(Budget budget, params (string Title, string Description, decimal Cost, string Theme, string Location)[] items) =>
        [.. items.Select(i => new BudgetProject
        {
            Id = Guid.NewGuid(), BudgetId = budget.Id, Title = i.Title, Description = i.Description, Cost = i.Cost, Theme = i.Theme, Location = i.Location, CreatedAt = clock.GetUtcNow(),
        })];
}
