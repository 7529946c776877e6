using Plein.Platform;

namespace Plein.Support;

/// <summary>The programme's general offer. Other modules ask it for offer items through <see cref="Contracts.IOfferCatalogue"/>.</summary>
internal static class SupportModule
{
    public static IServiceCollection AddSupport(this IServiceCollection services) =>
        services.AddScoped<IReferenceData, Offer.NationalOffer>()
            .AddScoped<Contracts.IOfferCatalogue, Offer.OfferCatalogue>();
}
