using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Tenancy.Home;

namespace Plein.AreaSupport;

/// <summary>
/// On the home page of an organisation in an area: the area's register for its people, and support for those who act
/// for it. On the programme office's: each area's requests and grants for programme staff.
/// </summary>
internal sealed class AreaLinks(AreaAccess areas, PleinDb db) : IOrganisationLinks
{
    public async Task<IReadOnlyList<IOrganisationLinks.Link>> LinksAsync(Organisation organisation, CurrentUser.Loaded me, CancellationToken ct)
    {
        if (organisation.Kind == OrganisationKind.Programmabureau && AreaPermissions.Manage(me) != PlatformPermissions.Verdict.Denied)
            return [.. (await db.Set<Area>().OrderBy(a => a.Name).Select(a => a.Slug).ToListAsync(ct)).Select(slug => new IOrganisationLinks.Link($"/gebieden/{slug}/beheer", "Gebiedsondersteuning: steunvragen en subsidies"))];
        if (me.User is null || await areas.ForOrganisationAsync(organisation.Id, ct) is not { } area) return [];
        var links = new List<IOrganisationLinks.Link>();
        if (AreaPermissions.View(me, area.Ids) == PlatformPermissions.Verdict.Allowed) links.Add(new($"/gebieden/{area.Area.Slug}", "Dorpsinitiatieven en organisaties in het gebied"));
        if (PlatformPermissions.CanActForOrganisation(me, organisation.Id) != PlatformPermissions.Verdict.Denied) links.Add(new($"/{organisation.Slug}/gebiedsondersteuning", "Gebiedsondersteuning voor {0}"));
        return links;
    }
}
