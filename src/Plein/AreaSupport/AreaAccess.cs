using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport;

/// <summary>Finds an area with its organisations, and the area an organisation belongs to.</summary>
internal sealed class AreaAccess(PleinDb db)
{
    internal sealed record Loaded(Area Area, IReadOnlyList<Organisation> Organisations)
    {
        public IReadOnlyList<Guid> Ids => [.. Organisations.Select(o => o.Id)];
    }

    public async Task<Loaded?> BySlugAsync(string slug, CancellationToken ct) =>
        await db.Set<Area>().AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, ct) is { } area ? new(area, await MembersAsync(area.Id, ct)) : null;

    public async Task<Loaded?> ForOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        var areaId = await db.Set<AreaOrganisation>().Where(a => a.OrganisationId == organisationId)
            .Join(db.Set<Area>(), m => m.AreaId, a => a.Id, (m, a) => a).OrderBy(a => a.Slug).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (areaId is null) return null;
        return new(await db.Set<Area>().AsNoTracking().SingleAsync(a => a.Id == areaId, ct), await MembersAsync(areaId.Value, ct));
    }

    private Task<List<Organisation>> MembersAsync(Guid areaId, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => db.Set<AreaOrganisation>().Any(a => a.AreaId == areaId && a.OrganisationId == o.Id)).OrderBy(o => o.Name).ToListAsync(ct);

    /// <summary>Who accounts for a council's grant: the organisation's griffiers and beheerders.</summary>
    public Task<List<string>> GrantContactsAsync(Guid organisationId, CancellationToken ct) =>
        (from m in db.National<Membership>()
         join u in db.Users on m.UserId equals u.Id
         where m.OrganisationId == organisationId && (m.Role == Role.Griffier || m.Role == Role.Beheerder) && u.Email != null
         select u.Email!).Distinct().ToListAsync(ct);
}
