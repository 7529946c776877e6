using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Council.Search;

/// <summary>
/// Search over meetings, agenda items, documents (with the text of their PDFs) and motions. A plain contains-match on
/// lowercased text is enough at council scale (a few thousand documents a year) and behaves the same on both databases.
/// </summary>
internal sealed class CouncilSearchModel(PleinDb db, ITenantContext tenant) : PageModel
{
    internal sealed record Hit(string Kind, string Title, string Meeting, DateTimeOffset When, string Href);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    public Organisation Organisation => tenant.RequiredOrganisation();
    public IReadOnlyList<Hit> Hits { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var q = Query?.Trim() ?? "";
        if (q.Length == 0) return Page();
        if (q.Length is < 2 or > 100) { Error = "Zoek op 2 tot 100 tekens."; return Page(); }
        var pattern = "%" + q.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var slug = Organisation.Slug;
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => EF.Functions.Like(m.Name.ToLower(), pattern, "\\") || EF.Functions.Like(m.Explanation.ToLower(), pattern, "\\"))
            .OrderByDescending(m => m.PlannedStart).Take(20).ToListAsync(ct);
        var items = await (from i in db.Set<AgendaItem>().AsNoTracking()
                           join m in db.Set<Meeting>().AsNoTracking() on i.MeetingId equals m.Id
                           where !i.IsClosed && !m.IsClosed && (EF.Functions.Like(i.Title.ToLower(), pattern, "\\") || EF.Functions.Like(i.Description.ToLower(), pattern, "\\"))
                           orderby m.PlannedStart descending
                           select new { i.Id, i.Label, i.Title, MeetingId = m.Id, m.Name, m.PlannedStart }).Take(30).ToListAsync(ct);
        var documents = await (from d in db.Set<CouncilDocument>().AsNoTracking()
                               join i in db.Set<AgendaItem>().AsNoTracking() on d.AgendaItemId equals i.Id
                               join m in db.Set<Meeting>().AsNoTracking() on i.MeetingId equals m.Id
                               where !i.IsClosed && !m.IsClosed && (EF.Functions.Like(d.Title.ToLower(), pattern, "\\") || EF.Functions.Like(d.Text.ToLower(), pattern, "\\"))
                               orderby m.PlannedStart descending
                               select new { d.Kind, d.Title, ItemId = i.Id, MeetingId = m.Id, m.Name, m.PlannedStart }).Take(50).ToListAsync(ct);
        Hits = [.. meetings.Select(m => new Hit("Vergadering", m.Name, m.Name, m.PlannedStart, $"/{slug}/raad/vergaderingen/{m.Id}"))
            .Concat(items.Select(i => new Hit("Agendapunt", $"{i.Label}. {i.Title}", i.Name, i.PlannedStart, $"/{slug}/raad/vergaderingen/{i.MeetingId}#punt-{i.Id}")))
            .Concat(documents.Select(d => new Hit(CouncilDocuments.Describe(d.Kind), d.Title, d.Name, d.PlannedStart, $"/{slug}/raad/vergaderingen/{d.MeetingId}#punt-{d.ItemId}")))
            .OrderByDescending(h => h.When)];
        return Page();
    }
}
