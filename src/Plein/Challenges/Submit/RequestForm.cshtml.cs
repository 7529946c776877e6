using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Rules;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Files;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Submit;

/// <summary>The challenger writes a request, saves it as a concept as often as they like, adds evidence and submits it.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class RequestFormModel(PleinDb db, ITenantContext tenant, CurrentUser me, ChallengeAccess access, FileStore files,
    ChallengeMails mails, AuditLog audit, TimeProvider clock, Participation.Contracts.ISupportCollection support) : PageModel
{
    public const int MaxAttachments = 5;

    [BindProperty] public RequestInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];
    public ChallengeRules Rules { get; private set; } = default!;
    public Challenge? Existing { get; private set; }
    public IReadOnlyList<ChallengeAttachment> Files { get; private set; } = [];
    public int? OnlineSupport { get; private set; }
    public Organisation Organisation => tenant.RequiredOrganisation();
    public DateOnly EarliestStart => Organisation.Today.AddDays(Rules.WeeksBeforeStart * 7);
    public IEnumerable<SelectListItem> Domains => [new("Kies een terrein", ""), .. Rules.Domains.Select(d => new SelectListItem(d, d))];
    public static IEnumerable<SelectListItem> Forms => [new("Kies een rechtsvorm", ""), .. Enum.GetValues<LegalForm>().Select(f => new SelectListItem(RuleTexts.Form(f), f.ToString()))];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Existing is not null) Input = RequestInput.From(Existing);
        return Page();
    }

    /// <summary>"opslaan" keeps a concept; "indienen" submits it. One handler, so the buttons work without JavaScript.</summary>
    public Task<IActionResult> OnPostAsync(Guid? id, [FromForm] string? actie, CancellationToken ct) => SaveAsync(id, submit: actie == "indienen", ct);

    public async Task<IActionResult> OnPostRemoveFileAsync(Guid? id, Guid file, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Existing is null) return NotFound();
        var stored = await db.Set<ChallengeAttachment>().Where(a => a.ChallengeId == Existing.Id && a.Id == file).Select(a => (Guid?)a.FileId).FirstOrDefaultAsync(ct);
        await db.Set<ChallengeAttachment>().Where(a => a.ChallengeId == Existing.Id && a.Id == file).ExecuteDeleteAsync(ct);
        // The file itself goes too: a list of neighbours' signatures should not linger unlinked.
        if (stored is { } fileId) await db.Files.Where(f => f.Id == fileId).ExecuteDeleteAsync(ct);
        TempData["Melding"] = "De bijlage is verwijderd.";
        return Redirect(Path(Existing.Id));
    }

    private async Task<IActionResult> SaveAsync(Guid? id, bool submit, CancellationToken ct, int attempt = 1)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Files.Count + Attachments.Count > MaxAttachments) ModelState.AddModelError(nameof(Attachments), "Voeg hoogstens 5 bijlagen toe.");
        var today = Organisation.Today;
        Input.Validate(Rules, submit, today, Files.Count + Attachments.Count > 0, ModelState);
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow();
        var challenge = Existing ?? new Challenge { Id = Guid.NewGuid(), ChallengerId = me.Id!.Value, State = ChallengeState.Concept, CreatedAt = now };
        if (Existing is null) db.Add(challenge);
        Input.CopyTo(challenge);
        challenge.UpdatedAt = now;
        foreach (var upload in Attachments)
        {
            var saved = await files.SaveAsync(upload, challenge.ChallengerId, null, ct);
            if (saved.File is null)
            {
                // Nothing is stored when one file is refused: the whole save is one piece.
                ModelState.AddModelError(nameof(Attachments), $"{upload.FileName}: {saved.Error}");
                db.ChangeTracker.Clear();
                return Page();
            }
            db.Add(new ChallengeAttachment { Id = Guid.NewGuid(), ChallengeId = challenge.Id, FileId = saved.File.Id, FileName = saved.File.FileName, AddedAt = now });
        }
        // After the uploads: a refused file clears the context, and the support page must not outlive that.
        if (Input.CollectOnline && challenge.SupportProposalId is null)
            challenge.SupportProposalId = await support.StartAsync(challenge.Task,
                $"{challenge.GroupName} wil deze taak van {Organisation.Name} overnemen met het uitdaagrecht.\n\n{challenge.HowBetter}".Trim(), challenge.ChallengerId, ct);
        if (!submit)
        {
            await db.SaveChangesAsync(ct);
            TempData["Melding"] = "Uw aanvraag is opgeslagen als concept. U kunt later verdergaan.";
            return Redirect(Path(challenge.Id));
        }
        challenge.Submit(Rules, await NextReferenceAsync(today, ct), today, now);
        var due = ChallengeMails.Date(challenge.DecisionDue!.Value);
        mails.Event(challenge, "ingediend", $"Aanvraag ingediend met kenmerk {challenge.Reference}. U krijgt uiterlijk {due} een besluit.", challenge.ChallengerId);
        await mails.ToChallengerAsync(challenge, "Ontvangstbevestiging uitdaagrecht",
            $"Wij hebben uw aanvraag ontvangen: {challenge.Task}.\n\nKenmerk: {challenge.Reference}\nU krijgt uiterlijk {due} een besluit. Vragen wij u om meer informatie, dan kan die datum later worden.", ct);
        await mails.ToHandlersAsync(challenge, "Nieuwe aanvraag uitdaagrecht", $"{challenge.GroupName} vraagt om een taak over te nemen: {challenge.Task}.\nBesluit uiterlijk {due}.", ct);
        audit.Record(Organisation.Id, "uitdaagrecht.ingediend", challenge.Reference!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (attempt < 3)
        {
            // Another request took this number at the same moment: start again from the input, with the next number.
            db.ChangeTracker.Clear();
            return await SaveAsync(id, submit, ct, attempt + 1);
        }
        TempData["Melding"] = "Uw aanvraag is ingediend. U krijgt een bevestiging per e-mail.";
        return Redirect($"/{Organisation.Slug}/uitdaagrecht/aanvragen/{challenge.Id}");
    }

    /// <summary>UR-2026-0007: the organisation's seventh request this year. The unique index catches two at the same moment.</summary>
    private async Task<string> NextReferenceAsync(DateOnly today, CancellationToken ct)
    {
        var prefix = $"UR-{today.Year}-";
        var taken = await db.Set<Challenge>().Where(c => c.Reference != null && c.Reference.StartsWith(prefix)).Select(c => c.Reference!).ToListAsync(ct);
        var last = taken.Select(r => int.TryParse(r.AsSpan(prefix.Length), out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:0000}";
    }

    private string Path(Guid id) => $"/{Organisation.Slug}/uitdaagrecht/aanvraag/{id}";

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken ct)
    {
        if ((await me.LoadAsync(ct)).User is null) return Challenge();
        Rules = await access.RulesAsync(ct);
        if (id is { } existing)
        {
            var (challenge, stop) = await access.ForChallengerAsync(this, existing, ct);
            if (stop is not null) return stop;
            if (challenge!.State != ChallengeState.Concept) return Redirect($"/{Organisation.Slug}/uitdaagrecht/aanvragen/{existing}");
            Existing = challenge;
            Files = await db.Set<ChallengeAttachment>().AsNoTracking().Where(a => a.ChallengeId == existing).OrderBy(a => a.AddedAt).ToListAsync(ct);
            if (challenge.SupportProposalId is { } proposal) OnlineSupport = await support.CountAsync(proposal, ct);
        }
        if (Rules.IsOpen) return null;
        TempData["Melding"] = "U kunt nu geen aanvraag doen: het uitdaagrecht is hier nog niet open.";
        return Redirect($"/{Organisation.Slug}/uitdaagrecht");
    }
}
