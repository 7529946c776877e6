using Plein.Participation.Export;

namespace Plein.Participation;

/// <summary>Priority C: processes in phases, proposals and support. Pages live in the feature folders.</summary>
internal static class ParticipationModule
{
    public static IServiceCollection AddParticipation(this IServiceCollection services) =>
        services.AddMemoryCache()
            .AddSingleton<Platform.Privacy.IProcessingRegister, ParticipationRegister>()
            .AddScoped<Platform.Privacy.IRetentionRule, Comments.ReportRetention>()
            .AddScoped<Proposals.SupportProposal>()
            .AddScoped<Monitoring.Contracts.IKpiFigures, ParticipationFigures>()
            .AddScoped<Contracts.ISupportCollection, Proposals.SupportCollection>()
            .AddScoped<Contracts.IProcesses, Processes.ProcessDirectory>()
            .AddScoped<Processes.ProcessFrames>()
            .AddScoped<Comments.PostComment>()
            .AddScoped<Proposals.ProposalSearch>()
            .AddScoped<Notifications.Notifier>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, ParticipationPersonalData>()
            .AddScoped<Comments.CommentThread>()
            .AddScoped<Platform.IDemoContent, Demo.ParticipationDemo>()
            .AddSingleton<Notifications.PhaseAnnouncer>()
            .AddHostedService(sp => sp.GetRequiredService<Notifications.PhaseAnnouncer>())
            .AddSingleton<Proposals.SearchIndexUpkeep>()
            .AddHostedService(sp => sp.GetRequiredService<Proposals.SearchIndexUpkeep>());

    public static WebApplication MapParticipation(this WebApplication app)
    {
        app.MapGroup(Platform.Api.ApiConventions.Root).MapParticipationApi();
        app.MapGroup(Platform.Api.ApiConventions.Root).MapParticipationApiActions();
        app.MapProcessExport();
        Proposals.AttachmentDownload.MapAttachmentDownload(app);
        Proposals.SimilarHint.MapSimilarHint(app);
        Proposals.SupportBenchProbe.MapSupportBenchProbe(app);
        return app;
    }

    public static string Text(ParticipationLevel level) => level switch
    {
        ParticipationLevel.Informeren => "informeren",
        ParticipationLevel.Raadplegen => "raadplegen",
        _ => "meebeslissen",
    };

    public static string Text(ProposalStatus status) => status switch
    {
        ProposalStatus.Open => "open",
        ProposalStatus.Ingetrokken => "ingetrokken",
        ProposalStatus.InBehandeling => "in behandeling",
        ProposalStatus.Aangenomen => "aangenomen",
        _ => "afgewezen",
    };
}
