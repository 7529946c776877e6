using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Demo;

/// <summary>
/// Zwolle: "Wijkbudget Holtenbroek" open for voting with codes (40 of 200 used), and a closed playground budget with a
/// published result.
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
        var budget = Budget(process, process.Phases[^1], "Wijkbudget Holtenbroek 2027", 150_000m, VerificationLevel.Stemcode);
        budget.MinimumSpendPercent = 50;
        var projects = Projects(budget,
            ("Speelplek bij de Hanzeschool", "Een speelplek met klimtoestel en bankjes op het grasveld naast de school.", 45_000m, "spelen", "Hanzeschool"),
            ("Buurtmoestuin Holtenbroek", "Bewoners kweken samen groenten; de gemeente zorgt voor hekken, water en een schuurtje.", 18_000m, "groen", "Populierenplein"),
            ("Veilig oversteken Vechtstraat", "Een zebrapad met verlichting en een drempel bij de bushalte.", 60_000m, "verkeer", "Vechtstraat"),
            ("Bankjes langs de Vecht", "Tien bankjes langs het wandelpad, met een prullenbak bij elk bankje.", 12_000m, "ontmoeten", "Vechtoever"),
            ("Jongerenplek met overkapping", "Een overdekte hangplek met wifi en verlichting tot 23 uur.", 55_000m, "jongeren", "Sportpark Holtenbroek"),
            ("Bloeiende bermen", "Bermen worden bloemrijk ingezaaid en twee keer per jaar gemaaid.", 9_000m, "groen", "hele wijk"));
        db.Add(budget);
        db.AddRange(projects);
        await db.SaveChangesAsync(ct);
        var (batch, _) = await codes.GenerateAsync(budget.Id, budget.Title, 200, ct);
        // 40 of the codes were used: ballots keyed by their hashes, the codes spent, as the ballot box leaves them.
        var used = await db.Set<VotingCode>().Where(c => c.BatchId == batch.Id).OrderBy(c => c.Hash).Take(40).Select(c => new { c.Id, c.Hash }).ToListAsync(ct);
        var random = new Random(2027);
        var at = clock.GetUtcNow().AddDays(-1);
        foreach (var code in used) AddBallot(budget, $"c:{code.Hash}", Pick(random, projects, budget.Total), at);
        var ids = used.Select(c => c.Id).ToList();
        await db.Set<VotingCode>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedAt, at), ct);
        await db.SaveChangesAsync(ct);
    }

    private void AddBallot(Budget budget, string voter, IEnumerable<Guid> choice, DateTimeOffset at)
    {
        var ballot = new Ballot { Id = Guid.NewGuid(), BudgetId = budget.Id, VoterKey = voter, Receipt = BallotBox.NewReceipt(), Channel = BallotChannel.Online, CreatedAt = at, UpdatedAt = at };
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
