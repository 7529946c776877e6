using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Surveys.Answering;
using Plein.Platform.Surveys.Export;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Surveys;

/// <summary>The survey engine: participation processes use it, and the quick scan and evaluations will (ADR 0013).</summary>
internal static class SurveysModule
{
    public static IServiceCollection AddSurveys(this IServiceCollection services) =>
        services.AddScoped<SurveyResponses>()
            .AddScoped<SurveyTallies>()
            .AddScoped<IReferenceData, TallyBackfill>()
            .AddScoped<Reporting.SurveyResults>()
            .AddScoped<Accounts.IPersonalDataSource, SurveyPersonalData>();

    public static WebApplication MapSurveys(this WebApplication app)
    {
        app.MapSurveyExport();
        // The link a respondent saved: put the token back in the cookie, then go on where they were.
        app.MapGet("/{org}/vragenlijsten/{id:guid}/hervat/{token}", async (PleinDb db, SurveyResponses responses, ITenantContext tenant, Guid id, string token, CancellationToken ct) =>
        {
            var hash = SurveyResponses.Hash(token);
            var survey = await db.Set<Survey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
            if (survey is null || token.Length > 100 || !await db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == id && r.ResumeTokenHash == hash, ct))
                return Results.NotFound();
            responses.SetCookie(survey, token);
            return Results.Redirect($"/{tenant.RequiredOrganisation().Slug}/vragenlijsten/{id}");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>A new survey with one empty section, for a module that owns it (a process, a quick scan ...).</summary>
    public static Survey Create(string title, string? parentTitle, string? parentPath, Guid? parentId, DateTimeOffset now, Guid? areaId = null) => new()
    {
        Id = Guid.NewGuid(), Title = title, ParentTitle = parentTitle, ParentPath = parentPath, ParentId = parentId, AreaId = areaId, CreatedAt = now,
        Definition = new SurveyDefinition { Sections = [new SurveySection { Key = "d1" }] },
    };
}
