using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Comments;

/// <summary>The author corrects their comment within the edit window.</summary>
internal sealed class EditCommentModel(PleinDb db, ITenantContext tenant, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty] public Proposals.ProposalPageModel.CommentInput Input { get; set; } = new();
    public CommentContext Context { get; private set; } = default!;
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input.Body = Context.Comment.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var earliest = now - Comment.EditWindow;
        var changed = await db.Set<Comment>()
            .Where(c => c.Id == id && c.AuthorId == me.Id && c.DeletedAt == null && c.HiddenAt == null && c.CreatedAt >= earliest)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Body, Input.Body.Trim()).SetProperty(c => c.EditedAt, now), ct);
        TempData["Melding"] = changed == 1 ? "Uw reactie is gewijzigd." : "De tijd om te wijzigen is voorbij.";
        return Redirect(Context.Back(Slug));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await CommentContext.LoadAsync(db, id, ct) is not { } context) return NotFound();
        Context = context;
        return context.Comment.CanEdit(me.Id, clock.GetUtcNow()) ? null : Forbid();
    }
}
