using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Tenancy;

/// <summary>
/// Organisations by slug, kept by this node (ADR 0040): every request in an organisation needs its row, and the
/// register changes a few times a year. Changes load their own tracked copy.
/// </summary>
internal sealed class OrganisationCache(NodeCache cache)
{
    private static readonly Type[] ReadsFrom = [typeof(Organisation)];

    /// <summary>The organisation with this slug (lower case), or null; an unknown slug is not remembered.</summary>
    public Task<Organisation?> FindAsync(PleinDb db, string slug, CancellationToken ct) =>
        cache.GetAsync(("organisation", slug), ReadsFrom, () => db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct));
}
