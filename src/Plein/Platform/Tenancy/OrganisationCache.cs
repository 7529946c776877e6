using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Tenancy;

/// <summary>
/// Organisations by slug for ten seconds: every request in an organisation needs its row, and the register changes a
/// few times a year. A change saved through this node is seen at once; another node sees it within the ten seconds
/// (ADR 0040). The cached rows are shared between requests and read only: changes load their own tracked copy.
/// </summary>
internal sealed class OrganisationCache(TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (Organisation Organisation, DateTimeOffset Until)> bySlug = new(StringComparer.Ordinal);

    /// <summary>The organisation with this slug (lower case), or null; an unknown slug is not remembered.</summary>
    public async Task<Organisation?> FindAsync(PleinDb db, string slug, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (bySlug.TryGetValue(slug, out var cached) && cached.Until > now) return cached.Organisation;
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
        if (organisation is null) bySlug.TryRemove(slug, out _);
        else bySlug[slug] = (organisation, now + Fresh);
        return organisation;
    }

    /// <summary>Called after an organisation was added or changed on this node.</summary>
    public void Forget() => bySlug.Clear();
}
