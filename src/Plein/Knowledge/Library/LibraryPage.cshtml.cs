using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Files;
using Plein.Platform.Tenancy;

namespace Plein.Knowledge.Library;

/// <summary>Guides, examples and research shared in a community: a file or a link. The one who added it, or a moderator, removes it.</summary>
internal sealed class LibraryPageModel(PleinDb db, CurrentUser me, Participants participants, FileStore files, Platform.Audit.AuditLog audit, TimeProvider clock)
    : Communities.CommunityPageModel(me, participants)
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Geef het document een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [StringLength(1000, ErrorMessage = "Gebruik hoogstens 1.000 tekens.")] public string? Description { get; set; }
        [Required(ErrorMessage = "Kies wat voor document het is.")] public DocumentKind? Kind { get; set; }
        public IFormFile? File { get; set; }
        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? Link { get; set; }
    }

    internal sealed record Row(LibraryDocument Document, string? FileName, long? Length);

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DocumentKind? Soort { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public static IEnumerable<SelectListItem> Kinds(string empty) => [new(empty, ""), .. Enum.GetValues<DocumentKind>().Select(k => new SelectListItem(k.ToString(), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        if (await EnterAsync(slug, ct) is { } stop) return stop;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await EnterAsync(slug, ct) is { } stop) return stop;
        var link = string.IsNullOrWhiteSpace(Input.Link) ? null : Input.Link.Trim();
        if (Input.File is null && link is null) ModelState.AddModelError("Input.File", "Kies een bestand of vul een link in.");
        if (Input.File is not null && link is not null) ModelState.AddModelError("Input.Link", "Kies een bestand of een link, niet allebei.");
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            ModelState.AddModelError("Input.Link", "Vul een webadres in dat begint met https://.");
        StoredFile? stored = null;
        if (ModelState.IsValid && Input.File is { } upload)
        {
            var saved = await files.SaveAsync(upload, Member.UserId, [.. FileStore.Allowed.Where(k => !k.ContentType.StartsWith("image/", StringComparison.Ordinal)).Select(k => k.ContentType)], ct);
            if (saved.Error is { } error) ModelState.AddModelError("Input.File", error);
            stored = saved.File;
        }
        if (!ModelState.IsValid)
        {
            if (stored is not null) db.Entry(stored).State = EntityState.Detached;
            await LoadAsync(ct);
            return Page();
        }
        // A community belongs to no organisation; its files are kept under the programme office.
        if (stored is not null) stored.OrganisationId = await OrganisationRegister.ProgrammeOfficeIdAsync(db, ct);
        db.Add(new LibraryDocument
        {
            Id = Guid.NewGuid(), CommunityId = Community.Id, Title = Input.Title!.Trim(), Description = Input.Description?.Trim() ?? "", Kind = Input.Kind!.Value,
            FileId = stored?.Id, Link = link, AddedBy = Member.UserId, Affiliation = Member.Affiliation, AddedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het document staat in de bibliotheek.";
        return Redirect($"/kennis/{Community.Slug}/bibliotheek");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, Guid document, CancellationToken ct)
    {
        if (await EnterAsync(slug, ct) is { } stop) return stop;
        var target = await db.Set<LibraryDocument>()
            .FirstOrDefaultAsync(d => d.Id == document && d.CommunityId == Community.Id && d.RemovedAt == null && (d.AddedBy == Member.UserId || Member.Moderator), ct);
        if (target is null) return NotFound();
        target.RemovedAt = clock.GetUtcNow();
        // Taking out someone else's document is moderation: it goes in the programme office's log.
        if (target.AddedBy != Member.UserId) await audit.RecordNationalAsync("kennis.document-verwijderd", target.Title, ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het document is uit de bibliotheek gehaald.";
        return Redirect($"/kennis/{Community.Slug}/bibliotheek");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var documents = db.Set<LibraryDocument>().AsNoTracking().Where(d => d.CommunityId == Community.Id && d.RemovedAt == null && (Soort == null || d.Kind == Soort));
        Rows = await (from d in documents
                      join f in db.Files.IgnoreQueryFilters() on d.FileId equals f.Id into file
                      from f in file.DefaultIfEmpty()
                      orderby d.AddedAt descending
                      select new Row(d, f == null ? null : f.FileName, f == null ? null : f.Length)).ToListAsync(ct);
    }
}
