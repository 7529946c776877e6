namespace Plein.Monitoring;

/// <summary>The programme's KPIs from every module's data, the dashboard, organisations by activity, and the progress report.</summary>
internal static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services) =>
        services.AddMemoryCache()
            .AddSingleton<Platform.Privacy.IProcessingRegister, MonitoringRegister>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, MonitoringPersonalData>()
            .AddScoped<Kpis.KpiValues>()
            .AddScoped<Reports.FigureSnapshots>()
            .AddScoped<Platform.IDemoContent, Demo.MonitoringDemo>()
            .AddScoped<Contracts.IKpiFigures, Kpis.LearningFigures>()
            .AddScoped<Platform.IReferenceData, Kpis.KpiCatalogue>();

    public static WebApplication MapMonitoring(this WebApplication app)
    {
        Reports.ReportDownloads.MapReportDownloads(app);
        return app.MapMonitoringOpenData();
    }
}
