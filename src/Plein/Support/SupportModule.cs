using Plein.Platform;
using Plein.Support.Sessions;

namespace Plein.Support;

/// <summary>The programme's general offer. Other modules ask it for offer items through <see cref="Contracts.IOfferCatalogue"/>.</summary>
internal static class SupportModule
{
    public static IServiceCollection AddSupport(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, SupportFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, SupportRegister>().AddScoped<Evaluations.OfferReach>()
            .AddScoped<IReferenceData, Offer.NationalOffer>()
            .AddScoped<Contracts.IOfferCatalogue, Offer.OfferCatalogue>()
            .AddScoped<Contracts.IDigitalTrainingOffer, Offer.DigitalTrainingOffer>()
            .AddScoped<Sessions.Registrations>()
            .AddScoped<Evaluations.SessionEvaluation>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, Sessions.RegistrationPersonalData>()
            .AddScoped<IDemoContent, Demo.SupportDemo>()
            .AddSingleton<Sessions.SessionReminders>()
            .AddHostedService(sp => sp.GetRequiredService<Sessions.SessionReminders>());

    public static WebApplication MapSupport(this WebApplication app)
    {
        app.MapSessionCalendar();
        return app;
    }
}
