using Plein.Platform;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan;

/// <summary>Priority A: the quick scan lokale democratie. Pages live in the feature folders; the survey engine does the answering.</summary>
internal static class QuickScanModule
{
    public static IServiceCollection AddQuickScan(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, QuickScanFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, QuickScanRegister>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, QuickScanPersonalData>()
            .AddScoped<IReferenceData, NationalQuestionnaire>()
            .AddScoped<Scoring.ScanResults>()
            .AddScoped<Scans.ScanAccess>()
            .AddScoped<Scans.Invitations>()
            .AddScoped<Report.ScanReportBuilder>()
            .AddScoped<Scoring.ScanComparison>()
            .AddScoped<IDemoContent, Demo.QuickScanDemo>()
            .AddScoped<Platform.Verification.VotingCodes.IVotingCodeDestinations, Letters.LetterCodeDestination>()
            .AddSingleton<Scans.ScanReminders>()
            .AddHostedService(sp => sp.GetRequiredService<Scans.ScanReminders>());

    public static WebApplication MapQuickScan(this WebApplication app)
    {
        Report.ReportDownloads.MapReportDownloads(app);
        Report.ReportDownloads.MapRawExport(app);
        return app;
    }
}
