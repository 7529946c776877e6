using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting.Manage;

/// <summary>The organisation's budgets with their process, voting phase and ballots so far.</summary>
internal sealed class BudgetAdminModel(PleinDb db, IProcesses processes, CurrentUser me, ITenantContext tenant) : PageModel
{
    internal sealed record Row(Budget Budget, string Process, PhaseInfo? Phase, int Ballots, string? Area);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool HasProcesses { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(BudgetingPermissions.Manage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } denied) return denied;
        var all = await processes.ListAsync(ct);
        HasProcesses = all.Count > 0;
        var budgets = await db.Set<Budget>().AsNoTracking().OrderByDescending(b => b.CreatedAt)
            .Select(b => new { Budget = b, Ballots = db.Set<Ballot>().Count(x => x.BudgetId == b.Id) }).ToListAsync(ct);
        var areas = await db.Set<Platform.Verification.Census.CensusArea>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        Rows = [.. budgets.Select(x =>
        {
            var process = all.FirstOrDefault(p => p.Id == x.Budget.ProcessId);
            return new Row(x.Budget, process?.Title ?? "", process?.Phase(x.Budget.VotingPhaseId), x.Ballots, x.Budget.AreaId is { } a ? areas.GetValueOrDefault(a) : null);
        })];
        return Page();
    }
}
