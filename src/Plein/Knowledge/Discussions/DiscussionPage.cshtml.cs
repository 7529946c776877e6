using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;

namespace Plein.Knowledge.Discussions;

/// <summary>One discussion: read it, reply, delete your own reply; a moderator hides a message with a reason.</summary>
internal sealed class DiscussionPageModel(PleinDb db, CurrentUser me, Participants participants, DiscussionWriter writer, AuditLog audit, TimeProvider clock)
    : Communities.CommunityPageModel(me, participants)
{
    public const int PageSize = 50;

    internal sealed class ReplyInput
    {
        [Required(ErrorMessage = "Schrijf uw reactie."), StringLength(8000, ErrorMessage = "Gebruik hoogstens 8.000 tekens.")] public string? Body { get; set; }
    }

    internal sealed class HideInput
    {
        public const string WholeDiscussion = "gesprek";

        [Required(ErrorMessage = "Kies wat u verbergt.")] public string? Target { get; set; }
        [Required(ErrorMessage = "Schrijf waarom u dit verbergt."), StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")] public string? Reason { get; set; }
    }

    [BindProperty] public ReplyInput Reply { get; set; } = new();
    [BindProperty] public HideInput Hide { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;
    public Discussion Discussion { get; private set; } = default!;
    public IReadOnlyList<Post> Posts { get; private set; } = [];
    public int PageCount { get; private set; } = 1;
    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> HideOptions =>
        [new("Kies wat u verbergt", ""), new("Het hele gesprek", HideInput.WholeDiscussion), .. Posts.Where(p => p.IsVisible).Select(p => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{p.Affiliation}: {Shorten(p.Body)}", p.Id.ToString()))];

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        return await OpenAsync(slug, id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await OpenAsync(slug, id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Reply));
        if (Discussion.HiddenAt is not null) ModelState.AddModelError("Reply.Body", "Dit gesprek is verborgen. U kunt er niet meer op reageren.");
        if (ModelState.IsValid && await writer.TooFastAsync(Member.UserId, ct)) ModelState.AddModelError("Reply.Body", DiscussionWriter.TooFast);
        if (!ModelState.IsValid) return Page();
        await writer.ReplyAsync(id, Member, Reply.Body!, ct);
        TempData["Melding"] = "Uw reactie staat erop.";
        var lastPage = Math.Max(1, (Discussion.ReplyCount + 1 + PageSize - 1) / PageSize);
        return Redirect($"/kennis/{Community.Slug}/gesprekken/{id}?pagina={lastPage}#reacties");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, Guid id, Guid post, CancellationToken ct)
    {
        if (await OpenAsync(slug, id, ct) is { } stop) return stop;
        var now = clock.GetUtcNow();
        var deleted = await db.Set<Post>().Where(p => p.Id == post && p.DiscussionId == id && p.AuthorId == Member.UserId && p.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DeletedAt, now), ct);
        if (deleted == 0) return NotFound();
        TempData["Melding"] = "Uw reactie is verwijderd.";
        return Redirect($"/kennis/{Community.Slug}/gesprekken/{id}?pagina={Pagina}#reacties");
    }

    public async Task<IActionResult> OnPostHideAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await OpenAsync(slug, id, ct) is { } stop) return stop;
        if (!Member.Moderator) return Forbid();
        this.KeepOnly(nameof(Hide));
        if (!ModelState.IsValid) return Page();
        Guid? postId = Hide.Target == HideInput.WholeDiscussion ? null : Guid.TryParse(Hide.Target, out var parsed) ? parsed : Guid.Empty;
        var now = clock.GetUtcNow();
        var reason = Hide.Reason!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var hidden = postId is { } target
            ? await db.Set<Post>().Where(p => p.Id == target && p.DiscussionId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.HiddenAt, now).SetProperty(p => p.HiddenReason, reason), ct)
            : await db.Set<Discussion>().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.HiddenAt, now).SetProperty(d => d.HiddenReason, reason), ct);
        if (hidden == 0) return NotFound();
        await audit.RecordNationalAsync("kennis.verborgen", Discussion.Title, reason, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Melding"] = "Het bericht is verborgen.";
        return Redirect($"/kennis/{Community.Slug}/gesprekken/{id}?pagina={Pagina}");
    }

    private async Task<IActionResult?> OpenAsync(string slug, Guid id, CancellationToken ct)
    {
        if (await EnterAsync(slug, ct) is { } stop) return stop;
        var discussion = await db.Set<Discussion>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.CommunityId == Community.Id, ct);
        // A hidden discussion stays readable for moderators only, so they can see what they hid.
        if (discussion is null || (discussion.HiddenAt is not null && !Member.Moderator)) return NotFound();
        Discussion = discussion;
        var posts = db.Set<Post>().AsNoTracking().Where(p => p.DiscussionId == id);
        PageCount = Math.Max(1, (await posts.CountAsync(ct) + PageSize - 1) / PageSize);
        Pagina = Math.Clamp(Pagina, 1, PageCount);
        Posts = await posts.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Skip((Pagina - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return null;
    }
}
