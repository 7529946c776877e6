namespace Plein.Budgeting;

/// <summary>Priority C: participatory budgeting inside a participation process, with voting codes and a reproducible tally.</summary>
internal static class BudgetingModule
{
    public static IServiceCollection AddBudgeting(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, BudgetingFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, BudgetingRegister>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, BudgetingPersonalData>()
            .AddScoped<Budgets>()
            .AddScoped<Ballots.BallotBox>()
            .AddScoped<Results.Tally>()
            .AddScoped<Platform.ICommand, Results.TallyCommand>()
            .AddScoped<Participation.Contracts.IProcessLinks, BudgetLinks>()
            .AddScoped<Participation.Contracts.IPhaseUsers, BudgetPhaseUsers>()
            .AddScoped<Platform.Verification.VotingCodes.IVotingCodeDestinations, BudgetCodeDestination>()
            .AddScoped<Platform.IDemoContent, Demo.BudgetingDemo>();

    public static WebApplication MapBudgeting(this WebApplication app)
    {
        app.MapGroup(Platform.Api.ApiConventions.Root).MapBudgetingApi();
        Ballots.BallotBenchProbe.MapBallotBenchProbe(app);
        return app;
    }
}
