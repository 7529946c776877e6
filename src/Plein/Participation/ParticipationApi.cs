using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Proposals;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Participation;

/// <summary>/api/v1/{org}/processen and /voorstellen: published processes and their proposals, as open data (no personal data).</summary>
internal static class ParticipationApi
{
    internal sealed record FaseDto(string Naam, DateOnly Begin, DateOnly Eind, bool VoorstellenOpen, bool SteunOpen, int? SteunLimiet);
    internal sealed record ProcesDto(Guid Id, string Titel, string Samenvatting, string Toelichting, string Niveau, string Gebied, string? Uitkomst, IReadOnlyList<FaseDto> Fasen);
    internal sealed record ProcesLijst(IReadOnlyList<ProcesDto> Processen);
    internal sealed record VoorstelDto(Guid Id, Guid ProcesId, string Titel, string Tekst, string? Thema, string? Plek, double? Breedtegraad, double? Lengtegraad,
        string Status, string? Antwoord, int Steun, DateTimeOffset Geplaatst);
    internal sealed record VoorstelLijst(IReadOnlyList<VoorstelDto> Voorstellen, string? Volgende);

    public static RouteGroupBuilder MapParticipationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/{org}").WithTags("Participatie").RequireRateLimiting(RateLimits.Api);
        group.MapGet("/processen", Processes).WithName("processenLijst").WithSummary("Gepubliceerde participatieprocessen van een organisatie");
        group.MapGet("/processen/{id:guid}", Process).WithName("procesDetail").WithSummary("Eén participatieproces met zijn fasen");
        group.MapGet("/processen/{id:guid}/voorstellen", Proposals).WithName("voorstellenLijst")
            .WithSummary("Voorstellen in een proces, 20 per keer; 'volgende' geeft de cursor voor de volgende bladzijde; 'volgorde' is nieuwste, meest-gesteund of willekeurig. Met 'zoek': de 20 beste treffers.");
        group.MapGet("/voorstellen/{id:guid}", Proposal).WithName("voorstelDetail").WithSummary("Eén voorstel");
        return group;
    }

    private static async Task<Ok<ProcesLijst>> Processes(PleinDb db, CancellationToken ct) =>
        TypedResults.Ok(new ProcesLijst((await db.Set<Process>().AsNoTracking().Where(p => p.Published).OrderByDescending(p => p.CreatedAt).ToListAsync(ct)).Select(ToDto).ToList()));

    private static async Task<Results<Ok<ProcesDto>, ProblemHttpResult>> Process(PleinDb db, Guid id, CancellationToken ct) =>
        await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Published, ct) is { } p
            ? TypedResults.Ok(ToDto(p))
            : NotFound("proces");

    private static async Task<Results<Ok<VoorstelDto>, ProblemHttpResult>> Proposal(PleinDb db, Guid id, CancellationToken ct)
    {
        var published = db.Set<Process>().Where(p => p.Published).Select(p => p.Id);
        return await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && published.Contains(p.ProcessId) && p.Status != ProposalStatus.Ingetrokken, ct) is { } proposal
            ? TypedResults.Ok(ToDto(proposal))
            : NotFound("voorstel");
    }

    /// <summary>Keyset paging (see ProposalListing): stable and fast at any depth, unlike skip/take.</summary>
    private static async Task<Results<Ok<VoorstelLijst>, ProblemHttpResult>> Proposals(
        PleinDb db, ProposalSearch search, Guid id, string? status, string? na, string? zoek, string? volgorde, CancellationToken ct)
    {
        if (!await db.Set<Process>().AnyAsync(p => p.Id == id && p.Published, ct)) return NotFound("proces");
        var errors = new Dictionary<string, string[]>();
        ProposalStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<ProposalStatus>(status, ignoreCase: true, out var s) && s != ProposalStatus.Ingetrokken) wanted = s;
            else errors["status"] = ["Kies open, inBehandeling, aangenomen of afgewezen."];
        }
        if (zoek is { Length: > 200 }) errors["zoek"] = ["Gebruik hoogstens 200 tekens."];
        if (!ProposalListing.IsValid(na)) errors["na"] = ["Deze cursor is ongeldig. Gebruik de waarde van 'volgende' uit het vorige antwoord."];
        ProposalOrder? order = volgorde switch
        {
            null or "" or "nieuwste" => ProposalOrder.Newest,
            "meest-gesteund" => ProposalOrder.MostSupported,
            "willekeurig" => ProposalOrder.Random,
            _ => null,
        };
        if (order is null) errors["volgorde"] = ["Kies nieuwste, meest-gesteund of willekeurig."];
        if (errors.Count > 0)
            return TypedResults.Problem(statusCode: 400, title: "Ongeldige aanvraag", detail: "Een of meer parameters kloppen niet.", extensions: new Dictionary<string, object?> { ["errors"] = errors });

        var query = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == id && p.Status != ProposalStatus.Ingetrokken);
        if (wanted is { } w) query = query.Where(p => p.Status == w);
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            // Without a status filter every id found is listed: only the first twenty are read.
            var ids = (await search.FindAsync(id, zoek, withWithdrawn: false, ct, limit: wanted is null ? 20 : ProposalSearch.MaxResults)).Select(p => p.Id).ToList();
            var found = await query.Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(ct);
            return TypedResults.Ok(new VoorstelLijst(found.OrderBy(p => ids.IndexOf(p.Id)).Take(20).Select(ToDto).ToList(), null));
        }
        var page = await ProposalListing.ReadAsync(query, order!.Value, na, before: null, size: 20, ct);
        return TypedResults.Ok(new VoorstelLijst(page.Rows.Select(ToDto).ToList(), page.Next));
    }

    private static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Dit {what} bestaat niet of is niet openbaar.");

    private static ProcesDto ToDto(Process p) => new(p.Id, p.Title, p.Summary, p.Body, ParticipationModule.Text(p.Level), p.Area, p.Outcome,
        p.Phases.OrderBy(f => f.Starts).Select(f => new FaseDto(f.Name, f.Starts, f.Ends, f.ProposalsOpen, f.SupportOpen, f.SupportLimit)).ToList());

    private static VoorstelDto ToDto(Proposal p) =>
        new(p.Id, p.ProcessId, p.Title, p.Body, p.Theme, p.Address, p.Latitude, p.Longitude, char.ToLowerInvariant(p.Status.ToString()[0]) + p.Status.ToString()[1..], p.Answer, p.SupportCount, p.CreatedAt);
}
