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
            using var buffer = new MemoryStream();
            if (format == "pdf") PdfWriter.Write(document, buffer);
            else DocxWriter.Write(document, buffer);
            var type = format == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return Results.File(buffer.ToArray(), type, $"quickscan-{tenant.RequiredOrganisation().Slug}.{format}");
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

    private static async Task<Scan?> AllowedScanAsync(PleinDb db, ITenantContext tenant, CurrentUser me, Guid id, CancellationToken ct)
    {
        if (!QuickScanPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) return null;
        return await db.Set<Scan>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { State: >= ScanState.Open } scan ? scan : null;
    }

    private static IResult Refusal(CurrentUser me) => me.Id is null ? Results.StatusCode(StatusCodes.Status401Unauthorized) : Results.NotFound();
}
