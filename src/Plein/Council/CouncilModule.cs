namespace Plein.Council;

/// <summary>Priority C and "een krachtige gemeenteraad": the public council record, digital meetings with recorded votes, and its open data.</summary>
internal static class CouncilModule
{
    public static IServiceCollection AddCouncil(this IServiceCollection services) =>
        services.AddScoped<Monitoring.Contracts.IKpiFigures, CouncilFigures>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, CouncilRegister>()
            .AddScoped<People.CouncilRoster>()
            .AddScoped<People.VotingRecords>()
            .AddScoped<Meetings.MeetingAgendas>()
            .AddScoped<Voting.MeetingFloor>()
            .AddScoped<Voting.VoteRecords>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, CouncilPersonalData>()
            .AddScoped<Platform.Tenancy.Home.IOrganisationLinks, CouncilLinks>()
            .AddScoped<Platform.IDemoContent, Demo.CouncilDemo>();

    public static WebApplication MapCouncil(this WebApplication app)
    {
        Documents.CouncilDocuments.MapCouncilDocuments(app);
        Meetings.MeetingCalendar.MapMeetingCalendar(app);
        Voting.LiveTally.MapLiveTally(app);
        app.MapGroup(Platform.Api.ApiConventions.Root).MapCouncilApi();
        return app;
    }
}
