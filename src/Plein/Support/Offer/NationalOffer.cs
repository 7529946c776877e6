using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;
using Plein.Support.Contracts;

namespace Plein.Support.Offer;

/// <summary>The programme's general offer as DOMAIN.md names it, in every database; items are added when missing.</summary>
internal sealed class NationalOffer(PleinDb db, TimeProvider clock) : IReferenceData
{
    private static readonly OfferItem[] Items =
    [
        Item("versterking-lokale-driehoeken", "Versterking lokale driehoeken", OfferKind.Workshop,
            "Workshops voor burgemeester, gemeentesecretaris en griffier samen, in vijf stappen: startgesprek, foto, analyse, bewegen en verankeren.",
            [TargetGroup.Burgemeesters, TargetGroup.Gemeentesecretarissen, TargetGroup.Griffiers], [1, 2, 4]),
        Item("leerkring-raadsakkoorden", "Leerkring raadsakkoorden", OfferKind.Leerkring,
            "Ongeveer tien gemeenten delen een jaar lang ervaringen met een raadsakkoord in plaats van een coalitieakkoord.",
            [TargetGroup.Raadsleden, TargetGroup.Griffiers], [1, 2]),
        Item("grip-op-regionale-samenwerking", "Grip op regionale samenwerking", OfferKind.Training,
            "Verdiepingssessies voor raadsleden over hun rol bij regionale samenwerking en gemeenschappelijke regelingen.",
            [TargetGroup.Raadsleden, TargetGroup.Griffiers], [1, 6]),
        Item("raad-in-beraad", "Raad in beraad", OfferKind.Workshop,
            "De raad oefent met een echt onderwerp, zoals de Omgevingsvisie, met de eigen rol: kaders stellen, volksvertegenwoordigen en controleren.",
            [TargetGroup.Raadsleden, TargetGroup.Griffiers], [1, 2]),
        Item("summer-school-democratie", "Summer School Democratie", OfferKind.Evenement,
            "Een paar dagen leren en ontmoeten voor raadsleden, wethouders, griffiers en ambtenaren die de lokale democratie sterker willen maken.",
            [TargetGroup.Raadsleden, TargetGroup.Wethouders, TargetGroup.Griffiers, TargetGroup.Ambtenaren], [2, 7]),
        Item("webinar-online-besluitvorming", "Webinar online besluitvorming", OfferKind.Webinar,
            "Hoe vergadert en besluit de raad digitaal, wat zegt de wet, en wat leerden gemeenten ervan?",
            [TargetGroup.Raadsleden, TargetGroup.Griffiers, TargetGroup.Ambtenaren], [5]),
        Item("webinar-digitale-participatie", "Webinar digitale participatie", OfferKind.Webinar,
            "Inwoners online laten meedenken en meebeslissen: vormen, valkuilen en voorbeelden van andere gemeenten.",
            [TargetGroup.Ambtenaren, TargetGroup.Raadsleden, TargetGroup.Inwoners], [3, 5]),
        Item("handreiking-participatie-en-uitdaagrecht", "Handreiking participatieverordening en uitdaagrecht", OfferKind.Instrument,
            "Een handreiking om samen met inwoners een participatieverordening te maken, met het uitdaagrecht erin.",
            [TargetGroup.Ambtenaren, TargetGroup.Griffiers, TargetGroup.Raadsleden, TargetGroup.Inwoners], [3, 7]),
        Item("weerbaar-bestuur", "Training weerbaar bestuur", OfferKind.Training,
            "Omgaan met intimidatie en bedreiging, en met spanningen in het openbaar bestuur: voor burgemeesters, wethouders en raadsleden.",
            [TargetGroup.Burgemeesters, TargetGroup.Wethouders, TargetGroup.Raadsleden], [6]),
        Item("responsieve-organisatie", "Workshop responsieve ambtelijke organisatie", OfferKind.Workshop,
            "Ambtenaren en de gemeentesecretaris werken aan een organisatie die luistert naar inwoners en meedenkt met hun initiatieven.",
            [TargetGroup.Ambtenaren, TargetGroup.Gemeentesecretarissen], [4, 3]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var have = await db.Set<OfferItem>().Select(o => o.Slug).ToListAsync(ct);
        foreach (var item in Items.Where(i => !have.Contains(i.Slug)))
        {
            db.Add(new OfferItem
            {
                Id = Guid.NewGuid(), Slug = item.Slug, Title = item.Title, Summary = item.Summary, Kind = item.Kind,
                TargetGroups = [.. item.TargetGroups], Areas = [.. item.Areas], Provider = "Democratie in Actie", CreatedAt = clock.GetUtcNow(),
                Format = item.Kind is OfferKind.Webinar ? OfferFormat.Online : item.Kind is OfferKind.Instrument ? OfferFormat.Online : OfferFormat.OpLocatie,
                Priorities = item.Slug switch { "handreiking-participatie-en-uitdaagrecht" => ["B"], "webinar-digitale-participatie" or "webinar-online-besluitvorming" => ["C"], _ => [] },
                Capacity = item.Kind is OfferKind.Webinar ? 100 : 20,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static OfferItem Item(string slug, string title, OfferKind kind, string summary, TargetGroup[] groups, int[] areas) =>
        new() { Slug = slug, Title = title, Kind = kind, Summary = summary, TargetGroups = [.. groups], Areas = [.. areas] };
}
