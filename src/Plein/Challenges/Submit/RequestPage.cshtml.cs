using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Files;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Submit;

/// <summary>The challenger's view of their request: receipt, deadline, timeline; answering a question and withdrawing.</summary>
internal sealed class RequestPageModel(PleinDb db, ITenantContext tenant, ChallengeAccess access, FileStore files, ChallengeMails mails, AuditLog audit, TimeProvider clock, Participation.Contracts.ISupportCollection support) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Schrijf uw antwoord."), StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")]
    public string? Answer { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public Challenge Item { get; private set; } = default!;
    public IReadOnlyList<ChallengeEvent> Timeline { get; private set; } = [];
    public IReadOnlyList<ChallengeAttachment> Files { get; private set; } = [];
    public int? OnlineSupport { get; private set; }
    public Agree.Agreement? Agreement { get; private set; }
    public IReadOnlyList<Agree.ProgressReport> Reports { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/uitdaagrecht/aanvragen/{Item.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The answer to the organisation's question: on the timeline, to the handler, and the paused clock runs again.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Item.InformationRequestedOn is null || !Item.AwaitingDecision) return Refuse("Er staat geen vraag voor u open.");
        if (Attachments.Count > 3) ModelState.AddModelError(nameof(Attachments), "Voeg hoogstens 3 bijlagen toe.");
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        foreach (var upload in Attachments)
        {
            var saved = await files.SaveAsync(upload, Item.ChallengerId, null, ct);
            if (saved.File is null)
            {
                ModelState.AddModelError(nameof(Attachments), $"{upload.FileName}: {saved.Error}");
                db.ChangeTracker.Clear();
                await LoadAsync(id, ct);
                return Page();
            }
            db.Add(new ChallengeAttachment { Id = Guid.NewGuid(), ChallengeId = Item.Id, FileId = saved.File.Id, FileName = saved.File.FileName, AddedAt = now });
        }
        Item.ReceiveInformation(Organisation.Today, now);
        var due = ChallengeMails.Date(Item.DecisionDue!.Value);
        mails.Event(Item, "informatie-gegeven", $"Antwoord van de aanvrager: {Answer!.Trim()}", Item.ChallengerId);
        mails.Event(Item, "termijn", $"De beslistermijn loopt weer. Besluit uiterlijk {due}.", null);
        await mails.ToHandlersAsync(Item, "Antwoord op uw vraag", $"De aanvrager antwoordde:\n\n{Answer.Trim()}\n\nBesluit uiterlijk {due}.", ct);
        audit.Record(Organisation.Id, "uitdaagrecht.informatie-gegeven", Item.Reference!);
        if (!await access.TrySaveAsync(ct)) return Refuse(ChallengeAccess.ChangedMeanwhile);
        TempData["Melding"] = "Uw antwoord is verstuurd.";
        return Redirect(Path);
    }

    /// <summary>A concept is deleted with its attachments; a submitted request is withdrawn until the decision.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Item.SupportProposalId is { } proposal && (Item.State == ChallengeState.Concept || Item.CanWithdraw)) await support.StopAsync(proposal, ct);
        if (Item.State == ChallengeState.Concept)
        {
            var files = Files.Select(f => f.FileId).ToList();
            db.Remove(Item);
            await db.SaveChangesAsync(ct);
            await db.Files.Where(f => files.Contains(f.Id)).ExecuteDeleteAsync(ct);
            TempData["Melding"] = "Uw concept is verwijderd.";
            return Redirect($"/{Organisation.Slug}/uitdaagrecht");
        }
        if (!Item.CanWithdraw) return Refuse("Na het besluit kunt u de aanvraag niet meer intrekken. Neem contact op met uw contactpersoon.");
        Item.Withdraw(clock.GetUtcNow());
        mails.Event(Item, "ingetrokken", "De aanvrager heeft de aanvraag ingetrokken.", Item.ChallengerId);
        await mails.ToHandlersAsync(Item, "Aanvraag ingetrokken", "De aanvrager heeft de aanvraag ingetrokken. U hoeft niets meer te doen.", ct);
        audit.Record(Organisation.Id, "uitdaagrecht.ingetrokken", Item.Reference!);
        if (!await access.TrySaveAsync(ct)) return Refuse(ChallengeAccess.ChangedMeanwhile);
        TempData["Melding"] = "Uw aanvraag is ingetrokken.";
        return Redirect(Path);
    }

    private RedirectResult Refuse(string message)
    {
        TempData["Melding"] = message;
        return Redirect(Path);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (challenge, stop) = await access.ForChallengerAsync(this, id, ct);
        if (stop is not null) return stop;
        Item = challenge!;
        Timeline = await db.Set<ChallengeEvent>().AsNoTracking().Where(e => e.ChallengeId == id).OrderBy(e => e.At).ToListAsync(ct);
        Files = await db.Set<ChallengeAttachment>().AsNoTracking().Where(a => a.ChallengeId == id).OrderBy(a => a.AddedAt).ToListAsync(ct);
        if (Item.SupportProposalId is { } proposal) OnlineSupport = await support.CountAsync(proposal, ct);
        Agreement = await db.Set<Agree.Agreement>().AsNoTracking().FirstOrDefaultAsync(a => a.ChallengeId == id, ct);
        Reports = await db.Set<Agree.ProgressReport>().AsNoTracking().Where(r => r.ChallengeId == id).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        return null;
    }
}
