using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Learning.Courses;

/// <summary>Images and documents of lessons: public teaching material, images shown inline, documents as a download.</summary>
internal static class CourseFiles
{
    public static void MapCourseFiles(this WebApplication app) =>
        app.MapGet("/leren/bestanden/{id:guid}", async (PleinDb db, Guid id, CancellationToken ct) =>
        {
            var file = await (from c in db.Set<CourseFile>()
                              join f in db.Files.IgnoreQueryFilters() on c.FileId equals f.Id
                              where c.FileId == id
                              select f).AsNoTracking().FirstOrDefaultAsync(ct);
            if (file is null) return Results.NotFound();
            return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
                ? Results.File(file.Content, file.ContentType)
                : Results.File(file.Content, file.ContentType, file.FileName);
        }).ExcludeFromDescription();
}
