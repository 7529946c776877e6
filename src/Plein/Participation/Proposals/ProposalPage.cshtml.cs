using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Content;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation.Proposals;

/// <summary>A proposal: read it, support it, withdraw your own, or (staff) answer it officially.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class ProposalPageModel(
    PleinDb db, ITenantContext tenant, CurrentUser me, SupportProposal supportProposal, AuditLog audit,
    Comments.PostComment postComment, Comments.CommentThread thread, TimeProvider clock, Notifications.Notifier notifier, Verifier verifier) : PageModel
{
    public sealed class AnswerInput
    {
        [Required(ErrorMessage = "Kies een status.")]
        [RegularExpression("^(InBehandeling|Aangenomen|Afgewezen)$", ErrorMessage = "Kies een status uit de lijst.")]
        public string Status { get; set; } = "";

        [Required(ErrorMessage = "Licht het antwoord toe.")]
        [StringLength(10_000, ErrorMessage = "Gebruik hoogstens 10.000 tekens.")]
        public string Text { get; set; } = "";
    }

    public sealed class CommentInput
    {
        [Required(ErrorMessage = "Schrijf uw reactie.")]
        [StringLength(2000, MinimumLength = 2, ErrorMessage = "Gebruik 2 tot 2000 tekens.")]
        public string Body { get; set; } = "";

        /// <summary>Honeypot: hidden from people, filled in by bots.</summary>
        public string? Website { get; set; }
    }

    [BindProperty] public AnswerInput Answer { get; set; } = new();
    [BindProperty] public CommentInput NewComment { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "reacties")] public int CommentPage { get; set; } = 1;
    public Comments.CommentThread.Page Comments { get; private set; } = new([], 0, 1, 1);
    public ParticipationPermissions.Decision Comment { get; private set; } = ParticipationPermissions.Decision.No("");
    public Guid? MeId => me.Id;
    public bool Following { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    public Proposal Proposal { get; private set; } = default!;
    public Process Process { get; private set; } = default!;
    public string AuthorName { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public string AnswerHtml { get; private set; } = "";
    public bool HasSupported { get; private set; }
    public bool CanWithdraw { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanManage { get; private set; }
    public ParticipationPermissions.Decision Support { get; private set; } = ParticipationPermissions.Decision.No("");
    public string Slug => tenant.RequiredOrganisation().Slug;
    public string OrganisationName => tenant.RequiredOrganisation().Name;
    public IEnumerable<SelectListItem> AnswerStatusOptions =>
    [
        new("Kies een status", ""),
        .. new[] { ProposalStatus.InBehandeling, ProposalStatus.Aangenomen, ProposalStatus.Afgewezen }.Select(s => new SelectListItem(ParticipationModule.Text(s), s.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostSupportAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (me.Id is not { } userId) return Challenge();
        if (HasSupported) return Redirect(Here);
        if (!Support.Allowed)
        {
            TempData["Melding"] = Support.NeedsLevel is null ? Support.Reason : "U kunt dit voorstel nog niet steunen: uw account voldoet niet aan wat nodig is.";
            return Redirect(Here);
        }
        var outcome = await supportProposal.RunAsync(Proposal, userId, Process.PhaseOn(Organisation.Today)?.SupportLimit, ct);
        TempData["Melding"] = outcome switch
        {
            SupportProposal.Outcome.LimitReached => "U heeft al het hoogste aantal voorstellen gesteund.",
            _ => "U steunt dit voorstel. Dank u wel.",
        };
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (me.Id is null) return Challenge();
        this.KeepOnly(nameof(NewComment));
        if (!ModelState.IsValid) return Page();
        var result = await postComment.RunAsync(Proposal, null, NewComment.Body, NewComment.Website, ct);
        if (result.Error is not null)
        {
            ModelState.AddModelError("NewComment.Body", result.Error);
            return Page();
        }
        TempData["Melding"] = "Uw reactie is geplaatst.";
        return Redirect(Here + "#reacties");
    }

    public async Task<IActionResult> OnPostDeleteCommentAsync(Guid id, Guid commentId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        var now = clock.GetUtcNow();
        var deleted = await db.Set<Comments.Comment>().Where(c => c.Id == commentId && c.ProposalId == id && c.AuthorId == me.Id && c.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, now).SetProperty(c => c.Body, ""), ct);
        if (deleted == 0) return NotFound();
        TempData["Melding"] = "Uw reactie is verwijderd.";
        return Redirect(Here + "#reacties");
    }


    public async Task<IActionResult> OnPostFollowAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (me.Id is not { } userId) return Challenge();
        if (Following)
        {
            await db.Set<Notifications.Follow>().Where(f => f.ProposalId == id && f.UserId == userId).ExecuteDeleteAsync(ct);
            TempData["Melding"] = "U volgt dit voorstel niet meer.";
        }
        else
        {
            db.Add(new Notifications.Follow { Id = Guid.NewGuid(), ProposalId = id, UserId = userId, CreatedAt = clock.GetUtcNow() });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { /* followed already, in a parallel request */ }
            TempData["Melding"] = "U volgt dit voorstel. U krijgt een e-mail als het beantwoord wordt.";
        }
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!CanWithdraw) return Forbid();
        await db.Set<Proposal>().Where(p => p.Id == id && p.AuthorId == me.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProposalStatus.Ingetrokken), ct);
        TempData["Melding"] = "Uw voorstel is ingetrokken.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!CanManage) return Forbid();
        this.KeepOnly(nameof(Answer));
        if (!ModelState.IsValid) return Page();
        var status = Enum.Parse<ProposalStatus>(Answer.Status);
        var proposal = await db.Set<Proposal>().FirstAsync(p => p.Id == id, ct);
        proposal.Status = status;
        proposal.Answer = Answer.Text.Trim();
        audit.Record(tenant.RequiredOrganisation().Id, "voorstel.beantwoord", $"{proposal.Title}: {ParticipationModule.Text(status)}");
        await notifier.ProposalAnsweredAsync(proposal, ParticipationModule.Text(status), me.Id, ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het antwoord is opgeslagen.";
        return Redirect(Here);
    }

    internal sealed record AttachmentInfo(Guid FileId, string FileName, string ContentType, long Length);

    public IReadOnlyList<AttachmentInfo> Attachments { get; private set; } = [];
    public string? AreaName { get; private set; }

    private string Here => $"/{Slug}/voorstellen/{Proposal.Id}";

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        CanManage = ParticipationPermissions.CanManage(loaded, tenant.RequiredOrganisation().Id);
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var process = proposal is null ? null : await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposal.ProcessId && (p.Published || CanManage), ct);
        if (proposal is null || process is null) return NotFound();
        (Proposal, Process) = (proposal, process);
        AuthorName = await db.Users.Where(u => u.Id == proposal.AuthorId).Select(u => u.DisplayName).FirstAsync(ct);
        AreaName = proposal.AreaId is { } areaId
            ? await db.Set<Platform.Verification.Census.CensusArea>().Where(a => a.Id == areaId).Select(a => a.Name).FirstOrDefaultAsync(ct)
            : null;
        Attachments = await db.Set<ProposalAttachment>().Where(a => a.ProposalId == id).OrderBy(a => a.Position)
            .Join(db.Files, a => a.FileId, f => f.Id, (a, f) => new AttachmentInfo(a.FileId, f.FileName, f.ContentType, f.Length)).ToListAsync(ct);
        BodyHtml = SafeMarkdown.ToHtml(proposal.Body);
        AnswerHtml = proposal.Answer is null ? "" : SafeMarkdown.ToHtml(proposal.Answer);
        CanWithdraw = ParticipationPermissions.CanWithdraw(proposal, me.Id);
        CanEdit = ParticipationPermissions.CanEdit(proposal, me.Id);
        if (me.Id is { } userId)
        {
            Following = await db.Set<Notifications.Follow>().AnyAsync(f => f.ProposalId == id && f.UserId == userId, ct);
            HasSupported = await db.Set<Support>().AnyAsync(s => s.ProposalId == id && s.UserId == userId, ct);
            Support = await supportProposal.DecideAsync(process, proposal, loaded.User!,
                await verifier.LevelAsync(loaded, process.CensusAreaId, process.Id, process.PhaseOn(Organisation.Today)?.SupportLevel ?? default, ct), ct);
        }
        else Support = new ParticipationPermissions.Decision(false, "Log in om dit voorstel te steunen.");
        Comment = me.Id is null
            ? new ParticipationPermissions.Decision(false, "Log in om te reageren.")
            : ParticipationPermissions.CanComment(process, process.PhaseOn(Organisation.Today),
                await verifier.LevelAsync(loaded, process.CensusAreaId, process.Id, process.PhaseOn(Organisation.Today)?.CommentLevel ?? default, ct));
        Comments = await thread.LoadAsync(id, CommentPage, ct);
        return null;
    }
}
