using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Communities;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Library;

/// <summary>A library file, only for the communities' participants; always as a download.</summary>
internal static class LibraryDownloads
{
    public static void MapLibraryDownloads(this WebApplication app) =>
        app.MapGet("/kennis/{slug}/bibliotheek/{id:guid}/bestand", async (PleinDb db, CurrentUser me, string slug, Guid id, CancellationToken ct) =>
        {
            if (KnowledgePermissions.Participate(await me.LoadAsync(ct)) != PlatformPermissions.Verdict.Allowed) return Results.NotFound();
            var file = await (from d in db.Set<LibraryDocument>()
                              join c in db.Set<Community>() on d.CommunityId equals c.Id
                              join f in db.Files.IgnoreQueryFilters() on d.FileId equals f.Id
                              where d.Id == id && c.Slug == slug && d.RemovedAt == null
                              select f).AsNoTracking().FirstOrDefaultAsync(ct);
            return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
        }).ExcludeFromDescription();
}
