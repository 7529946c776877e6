using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Comments;

/// <summary>Report a comment to the moderators; once per person, the count is kept on the comment for the queue.</summary>
internal sealed class ReportCommentModel(PleinDb db, ITenantContext tenant, CurrentUser me, TimeProvider clock) : PageModel
{
    public static readonly string[] ReasonTexts = ["Beledigend of discriminerend", "Spam of reclame", "Persoonlijke gegevens van anderen", "Niet over het onderwerp"];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies wat er mis is.")]
        public string Reason { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public CommentContext Context { get; private set; } = default!;
    public string Slug => tenant.RequiredOrganisation().Slug;
    public IEnumerable<SelectListItem> Reasons => [new("Kies een reden", ""), .. ReasonTexts.Select(r => new SelectListItem(r, r))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!string.IsNullOrEmpty(Input.Reason) && !ReasonTexts.Contains(Input.Reason)) ModelState.AddModelError("Input.Reason", "Kies een reden uit de lijst.");
        if (!ModelState.IsValid) return Page();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(new CommentReport { Id = Guid.NewGuid(), CommentId = id, UserId = me.Id!.Value, Reason = Input.Reason, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            await db.Set<Comment>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ReportCount, c => c.ReportCount + 1), ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Reported before by this person: one report counts once.
            await tx.RollbackAsync(ct);
        }
        TempData["Melding"] = "Dank u wel. Een moderator bekijkt uw melding.";
        return Redirect(Context.Back(Slug));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await CommentContext.LoadAsync(db, id, ct) is not { } context || !context.Comment.IsVisible) return NotFound();
        Context = context;
        return context.Comment.AuthorId == me.Id ? Forbid() : null;
    }
}
