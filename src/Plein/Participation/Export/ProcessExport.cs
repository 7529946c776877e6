using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Comments;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Export;

/// <summary>
/// Staff export a process's proposals, comments and supports as open data: no names, e-mail addresses or user ids.
/// Rows stream from the database to the response, so memory stays flat whatever the size (Decidim ran out at 250,000).
/// </summary>
internal static class ProcessExport
{
    internal sealed record ProposalRow(Guid Id, string Title, string Body, string? Theme, string Status, string? Answer, int Supports, DateTimeOffset CreatedAt);
    internal sealed record CommentRow(Guid Id, Guid ProposalId, Guid? ParentId, string Body, DateTimeOffset CreatedAt);
    internal sealed record SupportRow(Guid ProposalId, DateTimeOffset CreatedAt);

    public static void MapProcessExport(this WebApplication app) =>
        app.MapGet("/{org}/participatie/{id:guid}/export/{what}.{format}", async (HttpContext http, PleinDb db, ITenantContext tenant, CurrentUser me, Guid id, string what, string format, CancellationToken ct) =>
        {
            if (!ParticipationPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id))
                return Results.StatusCode(me.Id is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
            if (!await db.Set<Process>().AnyAsync(p => p.Id == id, ct) || format is not ("csv" or "json") || what is not ("voorstellen" or "reacties" or "steun"))
                return Results.NotFound();
            http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{what}-{id:N}.{format}\"";
            var proposals = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == id && p.Status != ProposalStatus.Ingetrokken);
            switch (what)
            {
                case "voorstellen":
                    await WriteAsync(http, format, proposals.OrderBy(p => p.CreatedAt)
                        .Select(p => new ProposalRow(p.Id, p.Title, p.Body, p.Theme, p.Status.ToString(), p.Answer, p.SupportCount, p.CreatedAt)).AsAsyncEnumerable(), ct);
                    break;
                case "reacties":
                    var ids = proposals.Select(p => p.Id);
                    // Deleted and hidden comments are exported without their text.
                    await WriteAsync(http, format, db.Set<Comment>().AsNoTracking().Where(c => ids.Contains(c.ProposalId)).OrderBy(c => c.CreatedAt)
                        .Select(c => new CommentRow(c.Id, c.ProposalId, c.ParentId, c.DeletedAt == null && c.HiddenAt == null ? c.Body : "", c.CreatedAt)).AsAsyncEnumerable(), ct);
                    break;
                default:
                    await WriteAsync(http, format, db.Set<Support>().AsNoTracking().Where(s => s.ProcessId == id).OrderBy(s => s.CreatedAt)
                        .Select(s => new SupportRow(s.ProposalId, s.CreatedAt)).AsAsyncEnumerable(), ct);
                    break;
            }
            return Results.Empty;
        }).ExcludeFromDescription();

    private static async Task WriteAsync<T>(HttpContext http, string format, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        if (format == "csv")
        {
            await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
            await using var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
            csv.WriteHeader<T>();
            await csv.NextRecordAsync();
            var n = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                csv.WriteRecord(row);
                await csv.NextRecordAsync();
                if (++n % 1000 == 0) await writer.FlushAsync(ct);
            }
            return;
        }
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter.AsStream(leaveOpen: true));
        json.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            JsonSerializer.Serialize(json, row, JsonOptions);
            if (++count % 1000 == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
