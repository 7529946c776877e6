using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Comments;

/// <summary>The moderation queue: reported and hidden comments; hide with a public reason, or restore.</summary>
internal sealed class ModerationModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed record Row(Comment Comment, string Author, string ProposalTitle, IReadOnlyList<string> Reasons);

    [BindProperty, Required(ErrorMessage = "Geef een reden."), StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")]
    public string Reason { get; set; } = "";

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, string Reason)> Blocked { get; private set; } = [];
    /// <summary>The comment whose hide form was posted with an error, so the message shows next to that field.</summary>
    public Guid? PostedCommentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostHideAsync(Guid commentId, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        if (!ModelState.IsValid)
        {
            PostedCommentId = commentId;
            await LoadAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow();
        var hidden = await db.Set<Comment>().Where(c => c.Id == commentId && c.HiddenAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, now).SetProperty(c => c.HiddenReason, Reason.Trim()), ct);
        if (hidden == 0) return NotFound();
        audit.Record(tenant.RequiredOrganisation().Id, "reactie.verborgen", Reason.Trim());
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De reactie is verborgen.";
        return Redirect($"/{tenant.RequiredOrganisation().Slug}/beheer/moderatie");
    }

    public async Task<IActionResult> OnPostBlockAsync(Guid commentId, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        if (!ModelState.IsValid)
        {
            PostedCommentId = commentId;
            await LoadAsync(ct);
            return Page();
        }
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null) return NotFound();
        if (!await db.Set<BlockedUser>().AnyAsync(b => b.UserId == comment.AuthorId, ct))
        {
            db.Add(new BlockedUser { Id = Guid.NewGuid(), UserId = comment.AuthorId, Reason = Reason.Trim(), BlockedAt = clock.GetUtcNow() });
            audit.Record(tenant.RequiredOrganisation().Id, "gebruiker.geblokkeerd", Reason.Trim());
            await db.SaveChangesAsync(ct);
        }
        TempData["Melding"] = "De schrijver is geblokkeerd.";
        return Redirect($"/{tenant.RequiredOrganisation().Slug}/beheer/moderatie");
    }

    public async Task<IActionResult> OnPostUnblockAsync(Guid blockId, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        if (await db.Set<BlockedUser>().Where(b => b.Id == blockId).ExecuteDeleteAsync(ct) == 0) return NotFound();
        audit.Record(tenant.RequiredOrganisation().Id, "gebruiker.gedeblokkeerd", blockId.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De blokkade is opgeheven.";
        return Redirect($"/{tenant.RequiredOrganisation().Slug}/beheer/moderatie");
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid commentId, CancellationToken ct)
    {
        if (await DenyAsync(ct) is { } denied) return denied;
        var restored = await db.Set<Comment>().Where(c => c.Id == commentId && c.HiddenAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, (DateTimeOffset?)null).SetProperty(c => c.HiddenReason, (string?)null).SetProperty(c => c.ReportCount, 0), ct);
        if (restored == 0) return NotFound();
        audit.Record(tenant.RequiredOrganisation().Id, "reactie.teruggezet", commentId.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De reactie is teruggezet.";
        return Redirect($"/{tenant.RequiredOrganisation().Slug}/beheer/moderatie");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.ReportCount > 0 || c.HiddenAt != null)
            .OrderByDescending(c => c.ReportCount).ThenByDescending(c => c.CreatedAt).Take(50).ToListAsync(ct);
        var ids = comments.Select(c => c.Id).ToList();
        var reasons = await db.Set<CommentReport>().AsNoTracking().Where(r => ids.Contains(r.CommentId)).Select(r => new { r.CommentId, r.Reason }).ToListAsync(ct);
        var authorIds = comments.Select(c => c.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var proposalIds = comments.Select(c => c.ProposalId).Distinct().ToList();
        var titles = await db.Set<Proposal>().Where(p => proposalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var blocked = await db.Set<BlockedUser>().AsNoTracking().OrderBy(b => b.BlockedAt).ToListAsync(ct);
        var blockedIds = blocked.Select(b => b.UserId).ToList();
        var blockedNames = await db.Users.Where(u => blockedIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Blocked = blocked.Select(b => (b.Id, blockedNames.GetValueOrDefault(b.UserId, ""), b.Reason)).ToList();
        Rows = comments.Select(c => new Row(c, names.GetValueOrDefault(c.AuthorId, ""), titles.GetValueOrDefault(c.ProposalId, ""),
            reasons.Where(r => r.CommentId == c.Id).Select(r => r.Reason).Distinct().ToList())).ToList();
    }

    private async Task<IActionResult?> DenyAsync(CancellationToken ct) =>
        ParticipationPermissions.CanModerate(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id) ? null
            : this.Refuse();
}
