using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Files;
using Plein.Platform.Tenancy;
using UglyToad.PdfPig;

namespace Plein.Council.Documents;

/// <summary>Names for document kinds, the download of a meeting document, and the text of a PDF for search.</summary>
internal static class CouncilDocuments
{
    /// <summary>Search needs the words, not the layout; a PDF that cannot be read is still stored, just not searchable.</summary>
    public static string ExtractText(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            return string.Join("\n", document.GetPages().Select(p => p.Text)).Trim();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "";
        }
    }

    public static void MapCouncilDocuments(this WebApplication app) =>
        app.MapGet("/{org}/raad/documenten/{id:guid}", async (PleinDb db, ITenantContext tenant, CurrentUser me, Guid id, CancellationToken ct) =>
        {
            var found = await (from d in db.Set<CouncilDocument>().AsNoTracking()
                               join i in db.Set<AgendaItem>().AsNoTracking() on d.AgendaItemId equals i.Id
                               join m in db.Set<Meeting>().AsNoTracking() on i.MeetingId equals m.Id
                               join f in db.Files.AsNoTracking() on d.FileId equals f.Id
                               where d.Id == id
                               select new { Closed = i.IsClosed || m.IsClosed, f.Content, f.ContentType, f.FileName }).FirstOrDefaultAsync(ct);
            if (found is null) return Results.NotFound();
            // Documents of a closed (besloten) item are for the griffie only.
            if (found.Closed && CouncilPermissions.Clerk(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id) != PlatformPermissions.Verdict.Allowed) return Results.NotFound();
            return Results.File(found.Content, found.ContentType, found.FileName);
        }).ExcludeFromDescription();

    public static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Raadsvoorstel => "Raadsvoorstel",
        DocumentKind.Besluit => "Besluit",
        DocumentKind.Motie => "Motie",
        DocumentKind.Amendement => "Amendement",
        _ => "Bijlage",
    };

    public static string Describe(MotionType type) => type switch
    {
        MotionType.Voorstel => "motie over een voorstel",
        MotionType.Afkeuring => "motie van afkeuring",
        MotionType.Treurnis => "motie van treurnis",
        MotionType.Wantrouwen => "motie van wantrouwen",
        MotionType.Vreemd => "motie vreemd aan de orde van de dag",
        _ => "overige motie",
    };

    public static string Describe(MotionStatus status) => status switch
    {
        MotionStatus.Ingediend => "ingediend",
        MotionStatus.Aangenomen => "aangenomen",
        MotionStatus.Verworpen => "verworpen",
        MotionStatus.Ingetrokken => "ingetrokken",
        _ => "aangehouden",
    };
}
