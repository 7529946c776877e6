using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;

namespace Plein.Knowledge.Communities;

/// <summary>The themes DOMAIN.md names for priority D, in every database; added when missing.</summary>
internal sealed class KnowledgeCommunities(PleinDb db) : IReferenceData
{
    private static readonly Community[] Themes =
    [
        new() { Slug = "regionale-energiestrategie", Title = "Regionale Energiestrategie (RES)", Order = 1,
            Summary = "Wat is de rol van de raad, de Staten en het algemeen bestuur bij de RES? Deel hoe u kaders stelt, inwoners betrekt en de voortgang volgt." },
        new() { Slug = "aardgasvrije-wijken", Title = "Aardgasvrije wijken", Order = 2,
            Summary = "Transitievisie warmte, wijkuitvoeringsplannen en de kosten voor inwoners: ervaringen van raden die de keuzes maken." },
        new() { Slug = "omgevingswet", Title = "Omgevingswet", Order = 3,
            Summary = "Omgevingsvisie, omgevingsplan en participatie bij initiatieven: wat betekent de wet voor de raad en de griffie?" },
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var have = await db.Set<Community>().Select(c => c.Slug).ToListAsync(ct);
        foreach (var theme in Themes.Where(t => !have.Contains(t.Slug)))
            db.Add(new Community { Id = Guid.NewGuid(), Slug = theme.Slug, Title = theme.Title, Summary = theme.Summary, Order = theme.Order });
        await db.SaveChangesAsync(ct);
    }
}
