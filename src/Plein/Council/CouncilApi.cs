using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Council.Voting;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Council;

/// <summary>
/// /api/v1/{org}/raadsinformatie: the council's public record as VNG's ODS Open Raadsinformatie 2.0 resources, with
/// their Dutch names, fields and enumerations, paged as ODS pages them (next, previous, results). Closed (besloten)
/// items keep their title but not their documents or individual votes.
/// </summary>
internal static class CouncilApi
{
    private const int PageSize = 50;

    public static RouteGroupBuilder MapCouncilApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/{org}/raadsinformatie").WithTags("Raadsinformatie (ODS)").RequireRateLimiting(RateLimits.Api);
        g.MapGet("/vergaderingen", CouncilApiQueries.Vergaderingen).WithName("getvergaderingen").WithSummary("Vergaderingen van raad en commissies");
        g.MapGet("/vergaderingen/{id:guid}", CouncilApiQueries.Vergadering).WithName("getvergadering").WithSummary("Eén vergadering");
        g.MapGet("/agendapunten", CouncilApiQueries.Agendapunten).WithName("getagendapunten").WithSummary("Agendapunten, ook subagendapunten");
        g.MapGet("/agendapunten/{id:guid}", CouncilApiQueries.Agendapunt).WithName("getagendapunt").WithSummary("Eén agendapunt");
        g.MapGet("/besluiten", CouncilApiQueries.Besluiten).WithName("getbesluiten").WithSummary("Besluiten per agendapunt");
        g.MapGet("/besluiten/{id:guid}", CouncilApiQueries.Besluit).WithName("getbesluit").WithSummary("Eén besluit");
        g.MapGet("/stemmingen", CouncilApiQueries.Stemmingen).WithName("getstemmingen").WithSummary("Gesloten stemmingen met hun uitslag");
        g.MapGet("/stemmingen/{id:guid}", CouncilApiQueries.Stemming).WithName("getstemming").WithSummary("Eén stemming");
        g.MapGet("/stemmen", CouncilApiQueries.Stemmen).WithName("getstemmen").WithSummary("De stem van elk lid in gesloten openbare stemmingen");
        g.MapGet("/stemmen/{id:guid}", CouncilApiQueries.Stem).WithName("getstem").WithSummary("Eén stem");
        g.MapGet("/stemresultatenperfractie", CouncilApiQueries.StemresultatenPerFractie).WithName("getstemresultatenperfractie").WithSummary("Hoe elke fractie stemde in één stemming");
        g.MapGet("/aanwezigedeelnemers", CouncilApiQueries.AanwezigeDeelnemers).WithName("getaanwezigedeelnemers").WithSummary("Aanwezige leden per vergadering");
        g.MapGet("/fracties", CouncilApiQueries.Fracties).WithName("getfracties").WithSummary("Fracties");
        g.MapGet("/fracties/{id:guid}", CouncilApiQueries.Fractie).WithName("getfractie").WithSummary("Eén fractie");
        g.MapGet("/fractielidmaatschappen", CouncilApiQueries.Fractielidmaatschappen).WithName("getfractielidmaatschappen").WithSummary("Wie wanneer lid was van welke fractie");
        g.MapGet("/natuurlijkpersonen", CouncilApiQueries.NatuurlijkPersonen).WithName("getnatuurlijkpersonen").WithSummary("Raadsleden, wethouders, burgemeester en griffier");
        g.MapGet("/natuurlijkpersonen/{id:guid}", CouncilApiQueries.NatuurlijkPersoon).WithName("getnatuurlijkpersoon").WithSummary("Eén persoon");
        g.MapGet("/indieners", CouncilApiQueries.Indieners).WithName("getindieners").WithSummary("Indieners en mede-indieners van moties en amendementen");
        g.MapGet("/informatieobjecten", CouncilApiQueries.Informatieobjecten).WithName("getinformatieobjecten").WithSummary("Voorstellen, besluiten, moties, amendementen en bijlagen");
        g.MapGet("/informatieobjecten/{id:guid}", CouncilApiQueries.Informatieobject).WithName("getinformatieobject").WithSummary("Eén informatieobject");
        return g;
    }

    internal static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Deze {what} bestaat niet of is niet openbaar.");

    internal static ProblemHttpResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.Problem(statusCode: 400, title: "Ongeldige aanvraag", detail: "Een of meer parameters kloppen niet.", extensions: new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>One ODS page; the page number is checked before anything is read.</summary>
    internal static async Task<Results<Ok<Ods.Lijst<TDto>>, ProblemHttpResult>> PageAsync<TRow, TDto>(HttpContext http, IQueryable<TRow> ordered, int? page,
        Func<IReadOnlyList<TRow>, Task<IReadOnlyList<TDto>>> map, CancellationToken ct)
    {
        if (page is < 1 or > 100_000) return Invalid(new() { ["page"] = ["Kies een paginanummer van 1 of hoger."] });
        var number = page ?? 1;
        var rows = await ordered.Skip((number - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        string Link(int n) => $"{http.RequestServices.GetRequiredService<AccountLinks>().To(http.Request.Path)}?{string.Join('&', http.Request.Query.Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}").Append($"page={n}"))}";
        return TypedResults.Ok(new Ods.Lijst<TDto>(rows.Count > PageSize ? Link(number + 1) : null, number > 1 ? Link(number - 1) : null, await map([.. rows.Take(PageSize)])));
    }

    /// <summary>Absolute links to resources of this organisation's API.</summary>
    internal sealed class Links(AccountLinks links, Organisation organisation)
    {
        public Organisation Organisation => organisation;
        public string Url(string resource, Guid id) => links.To($"{Platform.Api.ApiConventions.Root}/{organisation.Slug}/raadsinformatie/{resource}/{id}");
        public Ods.Verwijzing Ref(string resource, Guid id) => new(id.ToString(), Url(resource, id));
        public Ods.Gemeente? Gemeente => organisation.Kind == OrganisationKind.Gemeente && organisation.Code is { } code ? new(code.Replace("GM", ""), organisation.Name) : null;
        /// <summary>The ODS enumeration spells Overijssel with one s and uses underscores.</summary>
        public string? Provincie => organisation.Kind == OrganisationKind.Provincie
            ? organisation.Name.ToLowerInvariant().Replace("-", "_").Replace(' ', '_').Replace("overijssel", "overijsel") : null;
    }
}
