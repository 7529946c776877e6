using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Api;

/// <summary>/api/v1/organisaties: the public national register.</summary>
internal static class OrganisationsApi
{
    internal sealed record OrganisatieDto(
        Guid Id, string? Code, string Naam, string Slug, string Soort, string? Provincie,
        DateOnly? EindDatum, Guid? SamengevoegdIn, bool Actief);

    internal sealed record OrganisatieLijst(IReadOnlyList<OrganisatieDto> Organisaties, int Pagina, int PaginaGrootte, int Totaal);

    public static RouteGroupBuilder MapOrganisations(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisaties").WithTags("Organisaties").RequireRateLimiting(RateLimits.Api);
        group.MapGet("", List).WithName("organisatiesLijst").WithSummary("Alle organisaties in het landelijke register");
        group.MapGet("/{slug}", Detail).WithName("organisatieDetail").WithSummary("Eén organisatie, op slug");
        return group;
    }

    private static async Task<Results<Ok<OrganisatieLijst>, ProblemHttpResult>> List(
        PleinDb db, string? soort, string? zoek, string? pagina, string? paginaGrootte, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        OrganisationKind? kind = null;
        if (!string.IsNullOrEmpty(soort))
        {
            if (OrganisationKinds.TryParse(soort, out var k)) kind = k;
            else errors["soort"] = [$"Kies een soort uit: {string.Join(", ", OrganisationKinds.ApiNames)}."];
        }
        var page = ParseInt(pagina, "pagina", 1, 10_000, 1, errors);
        var size = ParseInt(paginaGrootte, "paginaGrootte", 1, 100, 20, errors);
        if (zoek is { Length: > 100 }) errors["zoek"] = ["Zoek op hoogstens 100 tekens."];
        if (errors.Count > 0)
            return TypedResults.Problem(statusCode: 400, title: "Ongeldige aanvraag", detail: "Een of meer parameters kloppen niet.", extensions: new Dictionary<string, object?> { ["errors"] = errors });

        var query = db.Organisations.AsNoTracking();
        if (kind is not null) query = query.Where(o => o.Kind == kind);
        if (!string.IsNullOrWhiteSpace(zoek)) query = query.Where(o => o.Name.ToLower().Contains(zoek.Trim().ToLower()));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(o => o.Kind).ThenBy(o => o.Name).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var active = await ActiveIds(db, rows.Select(r => r.Id).ToList(), ct);
        return TypedResults.Ok(new OrganisatieLijst(rows.Select(o => ToDto(o, active.Contains(o.Id))).ToList(), page, size, total));
    }

    private static async Task<Results<Ok<OrganisatieDto>, ProblemHttpResult>> Detail(PleinDb db, string slug, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug.ToLowerInvariant(), ct);
        if (o is null) return TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Er is geen organisatie met slug '{slug}'.");
        var active = await ActiveIds(db, [o.Id], ct);
        return TypedResults.Ok(ToDto(o, active.Contains(o.Id)));
    }

    /// <summary>National reporting: an organisation is active on Plein once it has members.</summary>
    private static async Task<HashSet<Guid>> ActiveIds(PleinDb db, List<Guid> ids, CancellationToken ct) =>
        (await db.National<Membership>().Where(m => ids.Contains(m.OrganisationId)).Select(m => m.OrganisationId).Distinct().ToListAsync(ct)).ToHashSet();

    private static OrganisatieDto ToDto(Organisation o, bool active) =>
        new(o.Id, o.Code, o.Name, o.Slug, OrganisationKinds.ApiName(o.Kind), o.Province, o.EndedOn, o.MergedIntoId, active);

    private static int ParseInt(string? value, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors[name] = [$"Geef een heel getal van {min} tot en met {max}."];
        return fallback;
    }
}

internal static class OrganisationKinds
{
    private static readonly Dictionary<OrganisationKind, string> Names = new()
    {
        [OrganisationKind.Gemeente] = "gemeente",
        [OrganisationKind.Provincie] = "provincie",
        [OrganisationKind.Waterschap] = "waterschap",
        [OrganisationKind.OpenbaarLichaam] = "openbaar-lichaam",
        [OrganisationKind.Programmabureau] = "programmabureau",
    };

    public static IEnumerable<string> ApiNames => Names.Values;
    public static string ApiName(OrganisationKind kind) => Names[kind];

    public static bool TryParse(string value, out OrganisationKind kind)
    {
        foreach (var (k, name) in Names)
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase)) { kind = k; return true; }
        kind = default;
        return false;
    }
}
