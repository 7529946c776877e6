using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Bottlenecks;

/// <summary>
/// The knelpunten register of a community: report one with tags, mark others "herkenbaar" (once per person, and
/// undo), filter by tag, most recognised or newest first. A community's register is hundreds of rows at most, so
/// tags are filtered after the query.
/// </summary>
internal sealed class BottleneckRegisterModel(PleinDb db, CurrentUser me, Participants participants, TimeProvider clock)
    : Communities.CommunityPageModel(me, participants)
{
    public const int MaxTags = 5;

    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Geef het knelpunt een korte titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Beschrijf waar de raad tegenaan loopt."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Description { get; set; }
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Tags { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Label { get; set; }
    [BindProperty(SupportsGet = true)] public string? Volgorde { get; set; }
    public IReadOnlyList<BottleneckQueries.Counted> Rows { get; private set; } = [];
    public IReadOnlySet<Guid> Recognised { get; private set; } = new HashSet<Guid>();
    public List<SelectListItem> LabelOptions { get; private set; } = [];
    public static IEnumerable<SelectListItem> Orders => [new("Meest herkend", "herkend"), new("Nieuwste eerst", "nieuw")];

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
        var tags = ParseTags(Input.Tags);
        if (tags.Count > MaxTags) ModelState.AddModelError("Input.Tags", "Gebruik hoogstens 5 labels.");
        if (tags.Any(t => t.Length > 30)) ModelState.AddModelError("Input.Tags", "Een label is hoogstens 30 tekens.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var bottleneck = new Bottleneck
        {
            Id = Guid.NewGuid(), CommunityId = Community.Id, Title = Input.Title!.Trim(), Description = Input.Description!.Trim(), Tags = [.. tags],
            ReportedBy = Member.UserId, OrganisationId = Member.OrganisationId, Affiliation = Member.Affiliation, CreatedAt = clock.GetUtcNow(), Status = BottleneckStatus.Nieuw,
        };
        db.Add(bottleneck);
        // The reporter's council runs into it too: their mark counts like anyone's.
        db.Add(new Recognition { Id = Guid.NewGuid(), BottleneckId = bottleneck.Id, UserId = Member.UserId, OrganisationId = Member.OrganisationId, CreatedAt = bottleneck.CreatedAt });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het knelpunt staat in het register.";
        return Redirect($"/kennis/{Community.Slug}/knelpunten?volgorde=nieuw#knelpunt-{bottleneck.Id}");
    }

    /// <summary>"Herkenbaar" and back. A double click is harmless: the unique index keeps one mark per person.</summary>
    public async Task<IActionResult> OnPostRecogniseAsync(string slug, Guid bottleneck, CancellationToken ct)
    {
        if (await EnterAsync(slug, ct) is { } stop) return stop;
        var target = await db.Set<Bottleneck>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bottleneck && b.CommunityId == Community.Id && b.HiddenAt == null, ct);
        if (target is null) return NotFound();
        if (target.ReportedBy == Member.UserId)
        {
            TempData["Melding"] = "U heeft dit knelpunt zelf gemeld. Het telt al mee.";
        }
        else if (await db.Set<Recognition>().Where(r => r.BottleneckId == bottleneck && r.UserId == Member.UserId).ExecuteDeleteAsync(ct) > 0)
        {
            TempData["Melding"] = "U herkent dit knelpunt niet meer.";
        }
        else
        {
            db.Add(new Recognition { Id = Guid.NewGuid(), BottleneckId = bottleneck, UserId = Member.UserId, OrganisationId = Member.OrganisationId, CreatedAt = clock.GetUtcNow() });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { /* The same person's second click won the race; one mark stays. */ }
            TempData["Melding"] = "U herkent dit knelpunt.";
        }
        return Redirect($"/kennis/{Community.Slug}/knelpunten?label={Uri.EscapeDataString(Label ?? "")}&volgorde={Uri.EscapeDataString(Volgorde ?? "")}#knelpunt-{bottleneck}");
    }

    public static List<string> ParseTags(string? text) =>
        [.. (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).Distinct()];

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await BottleneckQueries.WithCounts(db).Where(x => x.Bottleneck.CommunityId == Community.Id && x.Bottleneck.HiddenAt == null).ToListAsync(ct);
        LabelOptions = [new("Alle labels", ""), .. rows.SelectMany(r => r.Bottleneck.Tags).Distinct().Order(StringComparer.CurrentCulture).Select(t => new SelectListItem(t, t))];
        var label = Label?.Trim().ToLowerInvariant();
        var shown = rows.Where(r => string.IsNullOrEmpty(label) || r.Bottleneck.Tags.Contains(label));
        Rows = Volgorde == "nieuw"
            ? [.. shown.OrderByDescending(r => r.Bottleneck.CreatedAt)]
            : [.. shown.OrderByDescending(r => r.Recognitions).ThenByDescending(r => r.Bottleneck.CreatedAt)];
        var ids = rows.Select(r => r.Bottleneck.Id).ToList();
        Recognised = (await db.Set<Recognition>().Where(r => r.UserId == Member.UserId && ids.Contains(r.BottleneckId)).Select(r => r.BottleneckId).ToListAsync(ct)).ToHashSet();
    }
}
