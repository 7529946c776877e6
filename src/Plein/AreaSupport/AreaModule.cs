namespace Plein.AreaSupport;

/// <summary>Priority E: area-based support, seeded with the Groningen earthquake area.</summary>
internal static class AreaModule
{
    public static IServiceCollection AddAreaSupport(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, AreaFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, AreaRegister>()
            .AddScoped<Platform.IReferenceData, GroningenArea>()
            .AddScoped<AreaAccess>()
            .AddScoped<Platform.Tenancy.Home.IOrganisationLinks, AreaLinks>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, AreaPersonalData>()
            .AddScoped<Platform.IDemoContent, Demo.AreaDemo>();
}
