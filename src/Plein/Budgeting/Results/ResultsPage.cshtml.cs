using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Results;

/// <summary>
/// The result once voting has closed: votes per project, the chosen projects by the stated rule, turnout, and the
/// hashes the tally command prints. Staff see it at once; everyone else when staff publish it.
/// </summary>
internal sealed class ResultsPageModel(PleinDb db, Budgets budgets, Tally tally, CurrentUser me, ITenantContext tenant, TimeProvider clock,
    Platform.Audit.AuditLog audit, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    public BudgetContext Context { get; private set; } = default!;
    public Tally.Outcome Outcome { get; private set; } = default!;
    public int CodesIssued { get; private set; }
    public int CodesUsed { get; private set; }
    /// <summary>Turnout per batch of letters, named by the wijk staff sent them to.</summary>
    public IReadOnlyList<(string Area, int Issued, int Used)> Turnout { get; private set; } = [];
    public bool CanManage { get; private set; }

    /// <summary>A budget of the round (its wijk, or city-wide) with its counted ballots and, with codes, the letters sent for it.</summary>
    internal sealed record AreaRow(Budget Budget, string? Area, int Ballots, int? CodesIssued);

    /// <summary>The other budgets of this process phase, for the result per wijk; only those whose result this reader may see.</summary>
    public IReadOnlyList<AreaRow> Round { get; private set; } = [];
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Platform.Export.TableExport.Start(HttpContext, "csv", $"uitslag-{id:N}");
        var rows = Outcome.Projects.Select(p => new object?[] { p.Id.ToString("N"), p.Title, p.Cost, p.Votes, p.Funded ? "ja" : "nee" });
        await Platform.Export.TableExport.WriteAsync(HttpContext, "csv", ["id", "project", "kosten", "stemmen", "gekozen"], rows.ToAsyncEnumerable(), ct);
        return new EmptyResult();
    }

    /// <summary>Every counted ballot, anonymous: receipt and chosen project ids. Only once published.</summary>
    public async Task<IActionResult> OnGetBallotsAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Context.Budget.ResultsPublishedAt is null) return NotFound();
        Platform.Export.TableExport.Start(HttpContext, "csv", $"stemmen-{id:N}");
        var rows = (await tally.BallotLinesAsync(id, ct)).Select(b => new object?[] { b.Receipt, b.Line });
        await Platform.Export.TableExport.WriteAsync(HttpContext, "csv", ["bewijs", "projecten"], rows.ToAsyncEnumerable(), ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!CanManage) return Forbid();
        if (await db.Set<Ballots.Ballot>().AnyAsync(b => b.BudgetId == id && b.Channel == Ballots.BallotChannel.Papier && b.ConfirmedBy == null, ct))
        {
            TempData["Melding"] = "Er wachten nog stembiljetten op papier op bevestiging. Bevestig of keur ze eerst af; daarna kunt u de uitslag publiceren.";
            return Redirect($"/{Slug}/begroten/{id}/uitslag");
        }
        audit.Record(tenant.RequiredOrganisation().Id, "begroten.uitslag-gepubliceerd", Context.Budget.Title, $"{Outcome.Ballots} stembiljetten, {Outcome.ResultHash}");
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow();
        await db.Set<Budget>().Where(b => b.Id == id && b.ResultsPublishedAt == null).ExecuteUpdateAsync(s => s.SetProperty(b => b.ResultsPublishedAt, now), ct);
        db.Changed<Budget>();
        TempData["Melding"] = "De uitslag is gepubliceerd. Iedereen ziet haar nu bij het proces.";
        return Redirect($"/{Slug}/begroten/{id}/uitslag");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await budgets.LoadAsync(id, ct) is not { } context) return NotFound();
        Context = context;
        CanManage = BudgetingPermissions.Manage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id) == PlatformPermissions.Verdict.Allowed;
        if (context.State(Organisation.Today) != VotingState.Closed || (context.Budget.ResultsPublishedAt is null && !CanManage) || (!context.Process.Published && !CanManage)) return NotFound();
        // A published result no longer changes (paper ballots are closed then): anonymous readers share one count.
        Outcome = context.Budget.ResultsPublishedAt is { } published
            ? (await cache.GetOrCreateAsync(("uitslag", id, published), e => { e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10); return tally.RunAsync(id, ct); }))!
            : (await tally.RunAsync(id, ct))!;
        // Turnout per batch of letters: a wijk's letters also vote on the city-wide budget, so its codes count there too.
        var scopes = context.Round.CodeScopes(context.Budget);
        var batches = await db.Set<VotingCodeBatch>().Where(b => scopes.Contains(b.ScopeId))
            .Select(b => new { b.Name, b.Count, Used = db.Set<VotingCode>().Count(c => c.BatchId == b.Id && db.Set<Ballots.Ballot>().Any(x => x.BudgetId == id && x.VoterKey == "c:" + c.Hash)) })
            .ToListAsync(ct);
        (CodesIssued, CodesUsed) = (batches.Sum(b => b.Count), batches.Sum(b => b.Used));
        Turnout = [.. batches.GroupBy(b => b.Name).Select(g => (g.Key, g.Sum(b => b.Count), g.Sum(b => b.Used))).OrderBy(t => t.Key, StringComparer.CurrentCulture)];
        await RoundAsync(context, ct);        return null;
    }

    private async Task RoundAsync(BudgetContext context, CancellationToken ct)
    {
        var visible = context.Round.Budgets.Where(b => b.Id == context.Budget.Id || CanManage || b.ResultsPublishedAt is not null).ToList();
        if (visible.Count < 2) return;
        var ids = visible.Select(b => b.Id).ToList();
        var ballots = await db.Set<Ballots.Ballot>().Where(b => ids.Contains(b.BudgetId) && (b.Channel == Ballots.BallotChannel.Online || b.ConfirmedBy != null))
            .GroupBy(b => b.BudgetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var allScopes = context.Round.Budgets.Select(b => b.Id).ToList();
        var issued = await db.Set<VotingCodeBatch>().Where(b => allScopes.Contains(b.ScopeId)).GroupBy(b => b.ScopeId)
            .Select(g => new { g.Key, Count = g.Sum(b => b.Count) }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Round = [.. visible.Select(b => new AreaRow(b, context.Round.AreaName(b), ballots.GetValueOrDefault(b.Id),
            b.Eligibility == Platform.Verification.VerificationLevel.Stemcode ? context.Round.CodeScopes(b).Sum(s => issued.GetValueOrDefault(s)) : null))];
    }
}
