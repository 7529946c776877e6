using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Challenges;

/// <summary>A request's attachment, only for its challenger and the organisation's handlers; always as a download.</summary>
internal static class AttachmentDownload
{
    public static void MapChallengeAttachments(this WebApplication app) =>
        app.MapGet("/{org}/uitdaagrecht/aanvragen/{id:guid}/bijlagen/{attachmentId:guid}", async (PleinDb db, CurrentUser me, ITenantContext tenant, Guid id, Guid attachmentId, CancellationToken ct) =>
        {
            var loaded = await me.LoadAsync(ct);
            if (loaded.User is not { } user) return Results.NotFound();
            var handler = ChallengePermissions.CanHandle(loaded, tenant.RequiredOrganisation().Id) == PlatformPermissions.Verdict.Allowed;
            var visible = db.Set<Challenge>().Where(c => c.Id == id && (c.ChallengerId == user.Id || (handler && c.SubmittedAt != null)));
            var file = await db.Set<ChallengeAttachment>().Where(a => a.ChallengeId == id && a.Id == attachmentId && visible.Any())
                .Join(db.Files, a => a.FileId, f => f.Id, (a, f) => f).AsNoTracking().FirstOrDefaultAsync(ct);
            return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
        }).ExcludeFromDescription();
}
