using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Participation.Proposals;

/// <summary>
/// While someone types a title, the form asks which proposals look like it (similar.js). Without JavaScript the same
/// list appears as a step before posting (NewProposalModel).
/// </summary>
internal static class SimilarHint
{
    internal sealed record Similar(string Title, string Url, int Supports);

    public static void MapSimilarHint(this WebApplication app) =>
        app.MapGet("/{org}/participatie/{id:guid}/lijkt-op", async (PleinDb db, ProposalSearch search, Platform.Tenancy.ITenantContext tenant, Guid id, string? titel, CancellationToken ct) =>
        {
            if (!await db.Set<Process>().AnyAsync(p => p.Id == id && p.Published, ct)) return Results.NotFound();
            if (string.IsNullOrWhiteSpace(titel) || titel.Length > 150) return Results.Json(Array.Empty<Similar>());
            var ids = (await search.SimilarAsync(id, titel, 5, ct)).ToList();
            var slug = Platform.Tenancy.TenantHttpExtensions.RequiredOrganisation(tenant).Slug;
            var found = await db.Set<Proposal>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status != ProposalStatus.Ingetrokken)
                .Select(p => new { p.Id, p.Title, p.SupportCount }).ToListAsync(ct);
            return Results.Json(found.OrderBy(p => ids.IndexOf(p.Id)).Select(p => new Similar(p.Title, $"/{slug}/voorstellen/{p.Id}", p.SupportCount)));
        }).RequireRateLimiting(Platform.Security.RateLimits.Api).ExcludeFromDescription();
}
