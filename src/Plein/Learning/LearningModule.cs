namespace Plein.Learning;

/// <summary>Digital trainings (e-learning): versioned courses, learners' progress and certificates, reach for Monitoring (ADR 0028).</summary>
internal static class LearningModule
{
    public static IServiceCollection AddLearning(this IServiceCollection services) =>
        services.AddScoped<Studying.Learners>()
            .AddSingleton<Platform.Privacy.IProcessingRegister, LearningRegister>()
            .AddScoped<Authoring.CourseDrafts>()
            .AddScoped<Contracts.ILearningReach, Reach.LearningReach>()
            .AddScoped<Platform.IReferenceData, Demo.UitdaagrechtCourse>()
            .AddScoped<Platform.Accounts.IPersonalDataSource, LearningPersonalData>()
            .AddScoped<Platform.IDemoContent, Demo.LearningDemo>();

    public static WebApplication MapLearning(this WebApplication app)
    {
        Courses.CourseFiles.MapCourseFiles(app);
        Certificates.Certificate.MapCertificates(app);
        return app;
    }
}
