using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting;

/// <summary>/api/v1/{org}/begrotingen: budgets of published processes, their projects and, once published, the result (open data).</summary>
internal static class BudgetingApi
{
    internal sealed record ProjectDto(Guid Id, string Titel, string Beschrijving, decimal Kosten, string Thema, string Plek);
    /// <summary>The wijk a budget is for; absent (null) for a budget for all residents.</summary>
    internal sealed record WijkDto(Guid Id, string Naam);
    internal sealed record BegrotingDto(Guid Id, Guid ProcesId, string Titel, string Toelichting, decimal Bedrag, string Regel, int MinimumBesteding, int? MaximumProjecten,
        DateOnly StemmenVanaf, DateOnly StemmenTot, bool UitslagGepubliceerd, WijkDto? Wijk, IReadOnlyList<ProjectDto> Projecten);
    internal sealed record BegrotingLijst(IReadOnlyList<BegrotingDto> Begrotingen);
    internal sealed record UitslagProjectDto(Guid Id, string Titel, decimal Kosten, int Stemmen, bool Gekozen);
    internal sealed record UitslagDto(Guid BegrotingId, WijkDto? Wijk, int Stembiljetten, decimal Besteed, IReadOnlyList<UitslagProjectDto> Projecten, string HashInvoer, string HashUitslag);
    /// <summary>The published results of all budgets voted on in the same phase: the city-wide one and one per wijk.</summary>
    internal sealed record RondeUitslagDto(IReadOnlyList<UitslagDto> Uitslagen);

    public static RouteGroupBuilder MapBudgetingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/{org}/begrotingen").WithTags("Begroten").RequireRateLimiting(RateLimits.Api);
        group.MapGet("/", List).WithName("begrotingenLijst").WithSummary("Begrotingen in gepubliceerde participatieprocessen van een organisatie, met hun projecten");
        group.MapGet("/{id:guid}", One).WithName("begrotingDetail").WithSummary("Eén begroting met haar regels en projecten");
        group.MapGet("/{id:guid}/uitslag", Result).WithName("begrotingUitslag")
            .WithSummary("De gepubliceerde uitslag: stemmen per project, gekozen projecten en de hashes waarmee iedereen de telling kan nagaan");
        group.MapGet("/{id:guid}/ronde", Round).WithName("begrotingRonde")
            .WithSummary("De gepubliceerde uitslagen per wijk: van elke begroting die in dezelfde fase is gestemd (hele gemeente en per wijk)");
        return group;
    }

    private static async Task<Ok<BegrotingLijst>> List(PleinDb db, IProcesses processes, CancellationToken ct)
    {
        var published = (await processes.ListAsync(ct)).Where(p => p.Published).ToList();
        var ids = published.Select(p => p.Id).ToList();
        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => ids.Contains(b.ProcessId)).OrderByDescending(b => b.CreatedAt).ToListAsync(ct);
        var budgetIds = budgets.Select(b => b.Id).ToList();
        var projects = await db.Set<BudgetProject>().AsNoTracking().Where(p => budgetIds.Contains(p.BudgetId) && p.Status == ProjectStatus.Haalbaar).OrderBy(p => p.Title).ToListAsync(ct);
        var areas = await db.Set<Platform.Verification.Census.CensusArea>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return TypedResults.Ok(new BegrotingLijst([.. budgets.Select(b => ToDto(b, published.First(p => p.Id == b.ProcessId), projects.Where(p => p.BudgetId == b.Id),
            b.AreaId is { } a ? areas.GetValueOrDefault(a, "") : null))]));
    }

    private static async Task<Results<Ok<BegrotingDto>, ProblemHttpResult>> One(Budgets budgets, Guid id, CancellationToken ct) =>
        await budgets.LoadAsync(id, ct) is { Process.Published: true } context ? TypedResults.Ok(ToDto(context.Budget, context.Process, context.Projects, context.Round.AreaName(context.Budget))) : NotFound();

    private static async Task<Results<Ok<UitslagDto>, ProblemHttpResult>> Result(Budgets budgets, Results.Tally tally, Guid id, CancellationToken ct)
    {
        if (await budgets.LoadAsync(id, ct) is not { Process.Published: true, Budget.ResultsPublishedAt: not null } context) return NotFound();
        return TypedResults.Ok(ToDto((await tally.RunAsync(id, ct))!, context.Round.AreaName(context.Budget)));
    }

    /// <summary>Only the budgets whose result is published; the one asked for must be one of them.</summary>
    private static async Task<Results<Ok<RondeUitslagDto>, ProblemHttpResult>> Round(Budgets budgets, Results.Tally tally, Guid id, CancellationToken ct)
    {
        if (await budgets.LoadAsync(id, ct) is not { Process.Published: true, Budget.ResultsPublishedAt: not null } context) return NotFound();
        var results = new List<UitslagDto>();
        foreach (var b in context.Round.Budgets.Where(b => b.ResultsPublishedAt is not null).OrderBy(b => b.AreaId is not null).ThenBy(b => context.Round.AreaName(b), StringComparer.Ordinal))
            results.Add(ToDto((await tally.RunAsync(b.Id, ct))!, context.Round.AreaName(b)));
        return TypedResults.Ok(new RondeUitslagDto(results));
    }

    private static UitslagDto ToDto(Results.Tally.Outcome o, string? area) =>
        new(o.Budget.Id, o.Budget.AreaId is { } a ? new WijkDto(a, area ?? "") : null, o.Ballots, o.Spent,
            [.. o.Projects.Select(p => new UitslagProjectDto(p.Id, p.Title, p.Cost, p.Votes, p.Funded))], o.InputHash, o.ResultHash);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: "Deze begroting of uitslag bestaat niet of is niet openbaar.");

    private static BegrotingDto ToDto(Budget b, ProcessInfo process, IEnumerable<BudgetProject> projects, string? area)
    {
        var phase = process.Phase(b.VotingPhaseId);
        return new(b.Id, b.ProcessId, b.Title, b.Description, b.Total, b.Rule == BallotRule.Knapsack ? "binnenBudget" : "aantalProjecten", b.MinimumSpendPercent, b.MaxChoices,
            phase?.Starts ?? default, phase?.Ends ?? default, b.ResultsPublishedAt is not null, b.AreaId is { } a ? new WijkDto(a, area ?? "") : null,
            [.. projects.Select(p => new ProjectDto(p.Id, p.Title, p.Description, p.Cost, p.Theme, p.Location))]);
    }
}
