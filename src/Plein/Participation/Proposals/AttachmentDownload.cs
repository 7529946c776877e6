using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Proposals;

/// <summary>A proposal's picture or PDF, for whoever may see the proposal: pictures inline, PDFs as a download.</summary>
internal static class AttachmentDownload
{
    public static void MapAttachmentDownload(this WebApplication app) =>
        app.MapGet("/{org}/voorstellen/{id:guid}/bijlagen/{fileId:guid}", async (PleinDb db, CurrentUser me, ITenantContext tenant, Guid id, Guid fileId, CancellationToken ct) =>
        {
            var staff = ParticipationPermissions.CanManage(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id);
            var visible = db.Set<Proposal>().Where(p => p.Id == id && (staff || db.Set<Process>().Any(x => x.Id == p.ProcessId && x.Published)));
            var file = await db.Set<ProposalAttachment>().Where(a => a.ProposalId == id && a.FileId == fileId && visible.Any())
                .Join(db.Files, a => a.FileId, f => f.Id, (a, f) => f).AsNoTracking().FirstOrDefaultAsync(ct);
            if (file is null) return Results.NotFound();
            return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
                ? Results.File(file.Content, file.ContentType)
                : Results.File(file.Content, file.ContentType, file.FileName);
        }).ExcludeFromDescription();
}
