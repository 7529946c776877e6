using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;

namespace Plein.AreaSupport;

/// <summary>
/// Priority E's area in every database: the earthquake municipalities of Groningen as they are since the 2021
/// merger into Eemsdelta (the ten of 2019 are these eight now). Added when missing; members that are gone stay out.
/// </summary>
internal sealed class GroningenArea(PleinDb db) : IReferenceData
{
    public const string Slug = "gronings-aardbevingsgebied";

    /// <summary>CBS codes: Eemsdelta, Groningen, Het Hogeland, Midden-Groningen, Oldambt, Pekela, Veendam, Westerkwartier.</summary>
    public static readonly string[] MunicipalityCodes = ["GM1979", "GM0014", "GM1966", "GM1952", "GM1895", "GM0765", "GM0047", "GM1969"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var area = await db.Set<Area>().FirstOrDefaultAsync(a => a.Slug == Slug, ct);
        if (area is not null) return;
        area = new Area
        {
            Id = Guid.NewGuid(), Slug = Slug, Name = "Gronings aardbevingsgebied",
            Description = "Extra steun voor de raden van de aardbevingsgemeenten (raadsconferenties, raadsvergaderingen, extra griffie-ondersteuning), kennis over (digitale) participatie en steun voor actieve dorpen, samen met Groninger Dorpen, de provincie en het Nationaal Programma Groningen.",
        };
        db.Add(area);
        var members = await db.Organisations.Where(o => o.Code != null && MunicipalityCodes.Contains(o.Code)).Select(o => o.Id).ToListAsync(ct);
        db.AddRange(members.Select(id => new AreaOrganisation { AreaId = area.Id, OrganisationId = id }));
        await db.SaveChangesAsync(ct);
    }
}
