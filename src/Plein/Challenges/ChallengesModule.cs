namespace Plein.Challenges;

/// <summary>Priority B: uitdaagrecht. Local rules, requests, case handling with the legal deadline, and the decision.</summary>
internal static class ChallengesModule
{
    public static IServiceCollection AddChallenges(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, ChallengeFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, ChallengesRegister>()
            .AddScoped<Platform.Privacy.IRetentionRule, ConceptRetention>()
            .AddScoped<ChallengeMails>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, ChallengePersonalData>()
            .AddScoped<Platform.IDemoContent, Demo.ChallengesDemo>()
            .AddScoped<ChallengeAccess>()
            .AddSingleton<Handle.DeadlineReminders>()
            .AddHostedService(sp => sp.GetRequiredService<Handle.DeadlineReminders>());

    public static WebApplication MapChallenges(this WebApplication app)
    {
        app.MapChallengeAttachments();
        return app;
    }
}
