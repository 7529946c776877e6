namespace Plein.Knowledge;

/// <summary>Priority D: knowledge communities on the energy transition for council members and griffiers across organisations.</summary>
internal static class KnowledgeModule
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, KnowledgeFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, KnowledgeRegister>()
            .AddScoped<Platform.IReferenceData, Communities.KnowledgeCommunities>()
            .AddScoped<Participants>()
            .AddScoped<Discussions.DiscussionWriter>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, KnowledgePersonalData>()
            .AddScoped<Platform.IDemoContent, Demo.KnowledgeDemo>();

    public static WebApplication MapKnowledge(this WebApplication app)
    {
        Library.LibraryDownloads.MapLibraryDownloads(app);
        return app;
    }
}
