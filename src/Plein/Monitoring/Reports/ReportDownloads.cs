using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Documents;

namespace Plein.Monitoring.Reports;

/// <summary>A report as DOCX (Word headings and footnotes) or PDF: for staff while it is a draft, for everyone once approved.</summary>
internal static class ReportDownloads
{
    public static void MapReportDownloads(this WebApplication app) =>
        app.MapGet("/monitoring/rapportages/{id:guid}.{format:regex(^(docx|pdf)$)}", async (PleinDb db, CurrentUser me, Guid id, string format, int? versie, CancellationToken ct) =>
        {
            if (await db.Set<ProgressReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } report) return Results.NotFound();
            var staff = ReportApproval.Work(await me.LoadAsync(ct), await Platform.Tenancy.OrganisationRegister.ProgrammeOfficeIdAsync(db, ct)) == PlatformPermissions.Verdict.Allowed;
            if (!staff && (report.State != ReportState.Goedgekeurd || versie is not null)) return Results.NotFound();
            var number = versie ?? report.Version;
            if (await db.Set<ReportVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.ReportId == id && v.Number == number, ct) is not { } version) return Results.NotFound();
            return ReportFile.Download(ReportComposer.Compose(report, version), format, $"voortgangsrapportage-{report.Until:yyyy-MM-dd}-v{number}");
        }).ExcludeFromDescription();
}
