using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Comments;
using Plein.Platform.Accounts;
using Plein.Platform.Export;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Export;

/// <summary>
/// Staff export a process's proposals, comments and supports as open data: no names, e-mail addresses or user ids.
/// Rows stream from the database to the response, so memory stays flat whatever the size (Decidim ran out at 250,000).
/// </summary>
internal static class ProcessExport
{
    internal sealed record ProposalRow(Guid Id, string Title, string Body, string? Theme, string? Address, double? Latitude, double? Longitude, string Status, string? Answer, int Supports, DateTimeOffset CreatedAt);
    internal sealed record CommentRow(Guid Id, Guid ProposalId, Guid? ParentId, string Body, DateTimeOffset CreatedAt);
    internal sealed record SupportRow(Guid ProposalId, DateTimeOffset CreatedAt);

    public static void MapProcessExport(this WebApplication app) =>
        app.MapGet("/{org}/participatie/{id:guid}/export/{what}.{format}", async (HttpContext http, PleinDb db, ITenantContext tenant, CurrentUser me, Guid id, string what, string format, CancellationToken ct) =>
        {
            if (!ParticipationPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id))
                return Results.StatusCode(me.Id is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
            if (!await db.Set<Process>().AnyAsync(p => p.Id == id, ct) || !TableExport.Formats.Contains(format) || what is not ("voorstellen" or "reacties" or "steun"))
                return Results.NotFound();
            TableExport.Start(http, format, $"{what}-{id:N}");
            var proposals = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == id && p.Status != ProposalStatus.Ingetrokken);
            switch (what)
            {
                case "voorstellen":
                    await TableExport.WriteAsync(http, format, proposals.OrderBy(p => p.CreatedAt)
                        .Select(p => new ProposalRow(p.Id, p.Title, p.Body, p.Theme, p.Address, p.Latitude, p.Longitude, p.Status.ToString(), p.Answer, p.SupportCount, p.CreatedAt)).AsAsyncEnumerable(), ct);
                    break;
                case "reacties":
                    var ids = proposals.Select(p => p.Id);
                    // Deleted and hidden comments are exported without their text.
                    await TableExport.WriteAsync(http, format, db.Set<Comment>().AsNoTracking().Where(c => ids.Contains(c.ProposalId)).OrderBy(c => c.CreatedAt)
                        .Select(c => new CommentRow(c.Id, c.ProposalId, c.ParentId, c.DeletedAt == null && c.HiddenAt == null ? c.Body : "", c.CreatedAt)).AsAsyncEnumerable(), ct);
                    break;
                default:
                    await TableExport.WriteAsync(http, format, db.Set<Support>().AsNoTracking().Where(s => s.ProcessId == id).OrderBy(s => s.CreatedAt)
                        .Select(s => new SupportRow(s.ProposalId, s.CreatedAt)).AsAsyncEnumerable(), ct);
                    break;
            }
            return Results.Empty;
        }).ExcludeFromDescription();

}
