using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Documents;
using Plein.Platform.Export;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Report;

/// <summary>The report as PDF and DOCX, and its tables appendix as XLSX and CSV, for those who run the scan.</summary>
internal static class ReportDownloads
{
    public static void MapReportDownloads(this WebApplication app)
    {
        app.MapGet("/{org}/quickscan/{id:guid}/rapport.{format}", async (HttpContext http, PleinDb db, ITenantContext tenant, CurrentUser me, ScanReportBuilder builder, Guid id, string format, CancellationToken ct) =>
        {
            if (await AllowedScanAsync(db, tenant, me, id, ct) is not { } scan) return Refusal(me);
            if (format is not ("pdf" or "docx")) return Results.NotFound();
            var (document, _) = await builder.BuildAsync(scan, tenant.RequiredOrganisation(), ct);
            return ReportFile.Download(document, format, $"quickscan-{tenant.RequiredOrganisation().Slug}");
        }).ExcludeFromDescription();

        app.MapGet("/{org}/quickscan/{id:guid}/tabellen.{format}", async (HttpContext http, PleinDb db, ITenantContext tenant, CurrentUser me, ScanReportBuilder builder, Guid id, string format, CancellationToken ct) =>
        {
            if (await AllowedScanAsync(db, tenant, me, id, ct) is not { } scan) return Refusal(me);
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var (_, tables) = await builder.BuildAsync(scan, tenant.RequiredOrganisation(), ct);
            TableExport.Start(http, format, $"quickscan-tabellen-{tenant.RequiredOrganisation().Slug}");
            await TableExport.WriteAsync(http, format, tables.ToAsyncEnumerable(), ct);
            return Results.Empty;
        }).ExcludeFromDescription();
    }

    /// <summary>
    /// The raw answers, after closing only: the role becomes its group, send times are left out, and responses of groups
    /// under five are not in it, so the export shows no more than the report does about who said what.
    /// </summary>
    public static void MapRawExport(this WebApplication app) =>
        app.MapGet("/{org}/quickscan/{id:guid}/antwoorden.{format}", async (HttpContext http, PleinDb db, ITenantContext tenant, CurrentUser me, Scoring.ScanResults results, Guid id, string format, CancellationToken ct) =>
        {
            if (await AllowedScanAsync(db, tenant, me, id, ct) is not { } scan) return Refusal(me);
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var organisation = tenant.RequiredOrganisation();
            var survey = await db.Set<Platform.Surveys.Survey>().AsNoTracking().SingleAsync(s => s.Id == scan.SurveyId, ct);
            var version = await db.Set<Questionnaire.QuestionnaireVersion>().AsNoTracking().SingleAsync(v => v.Id == scan.VersionId, ct);
            var tally = await results.TallyAsync(scan, version.Definition, organisation.Kind, ct);
            var roles = Questionnaire.Groups.Roles(organisation.Kind);
            Questionnaire.RespondentGroup? GroupOf(IEnumerable<string> values) =>
                values.Select(v => int.TryParse(v, out var i) && i >= 0 && i < roles.Count ? roles[i].Group : (Questionnaire.RespondentGroup?)null).FirstOrDefault();
            bool Shown(Questionnaire.RespondentGroup? g) => g is { } group && tally.Respondents.GetValueOrDefault(group) >= Questionnaire.Groups.MinimumRespondents;
            var profile = new Platform.Surveys.Export.SurveyExport.Profile(SendTimes: false,
                Relabel: (key, values) => key == ScanSurvey.RoleKey && GroupOf(values) is { } g ? Questionnaire.Groups.Name(g, organisation.Kind) : null,
                Include: answers => Shown(GroupOf(answers[ScanSurvey.RoleKey])));
            await Platform.Surveys.Export.SurveyExport.StreamAsync(http, db, survey, format, $"quickscan-antwoorden-{organisation.Slug}", profile, ct);
            return Results.Empty;
        }).ExcludeFromDescription();

    private static async Task<Scan?> AllowedScanAsync(PleinDb db, ITenantContext tenant, CurrentUser me, Guid id, CancellationToken ct)
    {
        if (!QuickScanPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) return null;
        return await db.Set<Scan>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { State: >= ScanState.Gesloten } scan ? scan : null;
    }

    private static IResult Refusal(CurrentUser me) => me.Id is null ? Results.StatusCode(StatusCodes.Status401Unauthorized) : Results.NotFound();
}
