namespace Plein.Monitoring;

/// <summary>The programme's KPIs from every module's data, the dashboard, organisations by activity, and the progress report.</summary>
internal static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services) =>
        services.AddMemoryCache()
            .AddScoped<Kpis.KpiValues>()
            .AddScoped<Contracts.IKpiFigures, Kpis.LearningFigures>()
            .AddScoped<Platform.IReferenceData, Kpis.KpiCatalogue>();

    public static WebApplication MapMonitoring(this WebApplication app) => app.MapMonitoringOpenData();
}
