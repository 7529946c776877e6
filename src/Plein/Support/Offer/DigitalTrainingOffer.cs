using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Support.Contracts;

namespace Plein.Support.Offer;

/// <summary>Keeps an offer item of kind <see cref="OfferKind.DigitaleTraining"/> in step with a published course.</summary>
internal sealed class DigitalTrainingOffer(PleinDb db, TimeProvider clock) : IDigitalTrainingOffer
{
    public async Task PublishAsync(DigitalTraining training, CancellationToken ct)
    {
        var item = await db.Set<OfferItem>().FirstOrDefaultAsync(o => o.Slug == training.Slug, ct);
        if (item is null)
        {
            item = new OfferItem { Id = Guid.NewGuid(), Slug = training.Slug, Kind = OfferKind.DigitaleTraining, Format = OfferFormat.Online, Provider = "Democratie in Actie", CreatedAt = clock.GetUtcNow() };
            db.Add(item);
        }
        item.Title = training.Title;
        item.Summary = training.Summary.Length > 500 ? training.Summary[..500] : training.Summary;
        item.TargetGroups = [.. training.TargetGroups];
        item.Areas = [.. training.Areas];
        item.Published = true;
        await db.SaveChangesAsync(ct);
    }
}
