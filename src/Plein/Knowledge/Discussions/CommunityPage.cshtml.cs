using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Bottlenecks;
using Plein.Knowledge.Communities;
using Plein.Knowledge.Library;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Discussions;

/// <summary>A community's discussions, most recently active first, and starting a new one.</summary>
internal sealed class CommunityPageModel(PleinDb db, CurrentUser me, Participants participants, DiscussionWriter writer) : Communities.CommunityPageModel(me, participants)
{
    public const int PageSize = 20;

    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Geef het gesprek een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Schrijf uw vraag of ervaring."), StringLength(8000, ErrorMessage = "Gebruik hoogstens 8.000 tekens.")] public string? Body { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;
    public IReadOnlyList<Discussion> Discussions { get; private set; } = [];
    public int PageCount { get; private set; } = 1;
    public IReadOnlyList<LibraryDocument> Recent { get; private set; } = [];
    public IReadOnlyList<BottleneckQueries.Counted> TopBottlenecks { get; private set; } = [];

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
        if (ModelState.IsValid && await writer.TooFastAsync(Member.UserId, ct)) ModelState.AddModelError("Input.Body", DiscussionWriter.TooFast);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var discussion = await writer.StartAsync(Community, Member, Input.Title!, Input.Body!, ct);
        TempData["Melding"] = "Uw gesprek staat erop.";
        return Redirect($"/kennis/{Community.Slug}/gesprekken/{discussion.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var visible = db.Set<Discussion>().AsNoTracking().Where(d => d.CommunityId == Community.Id && d.HiddenAt == null);
        PageCount = Math.Max(1, (await visible.CountAsync(ct) + PageSize - 1) / PageSize);
        Pagina = Math.Clamp(Pagina, 1, PageCount);
        Discussions = await visible.OrderByDescending(d => d.LastPostAt).Skip((Pagina - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Recent = await db.Set<LibraryDocument>().AsNoTracking().Where(d => d.CommunityId == Community.Id && d.RemovedAt == null).OrderByDescending(d => d.AddedAt).Take(3).ToListAsync(ct);
        TopBottlenecks = await BottleneckQueries.WithCounts(db).Where(x => x.Bottleneck.CommunityId == Community.Id && x.Bottleneck.HiddenAt == null)
            .OrderByDescending(x => x.Recognitions).ThenByDescending(x => x.Bottleneck.CreatedAt).Take(3).ToListAsync(ct);
    }
}
