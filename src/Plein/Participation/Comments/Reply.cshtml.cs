using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Data;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Comments;

/// <summary>Reply to a top-level comment (a page of its own, so it works without JavaScript).</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class ReplyModel(PleinDb db, ITenantContext tenant, PostComment postComment) : PageModel
{
    [BindProperty] public Proposals.ProposalPageModel.CommentInput Input { get; set; } = new();
    public CommentContext Context { get; private set; } = default!;
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        return await CommentContext.LoadAsync(db, id, ct) is { } context ? Show(context) : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await CommentContext.LoadAsync(db, id, ct) is not { } context) return NotFound();
        Context = context;
        if (!ModelState.IsValid) return Page();
        var result = await postComment.RunAsync(context.Proposal, context.Comment.Id, Input.Body, Input.Website, ct);
        if (result.Error is not null)
        {
            ModelState.AddModelError("Input.Body", result.Error);
            return Page();
        }
        TempData["Melding"] = "Uw reactie is geplaatst.";
        return Redirect(context.Back(Slug));
    }

    private PageResult Show(CommentContext context)
    {
        Context = context;
        return Page();
    }
}
