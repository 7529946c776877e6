using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Ballots;

/// <summary>
/// Paper ballots (stembiljetten op papier): one official types a ballot in, a second official compares it with the
/// paper and confirms it; only then it counts. With voting codes the code on the paper is the voter, so nobody votes
/// on paper and online. Everything is in the audit log.
/// </summary>
internal sealed class PaperBallotsModel(PleinDb db, Budgets budgets, BallotBox box, VotingCodeService codes, CurrentUser me, ITenantContext tenant, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed record Pending(Ballot Ballot, IReadOnlyList<string> Projects, string EnteredBy);

    [BindProperty, Required(ErrorMessage = "Vul de stemcode op het stembiljet in."), StringLength(40, ErrorMessage = "Gebruik hoogstens 40 tekens.")]
    public string? Voter { get; set; }
    [BindProperty] public List<Guid> Choice { get; set; } = [];
    public BudgetContext Context { get; private set; } = default!;
    public BallotRules.Check? Checked { get; private set; }
    public IReadOnlyList<Pending> Waiting { get; private set; } = [];
    public int Confirmed { get; private set; }
    public bool Open { get; private set; }
    public Guid Me { get; private set; }
    public bool WithCodes => Context.Budget.Eligibility == VerificationLevel.Stemcode;
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!Open) return Redirect($"/{Slug}/begroten/{id}/papier");
        Checked = BallotRules.Evaluate(Context.Budget, Context.Projects, Choice);
        if (!Checked.Valid) ModelState.AddModelError(nameof(Choice), "Dit stembiljet voldoet niet aan de regels. Het is ongeldig en telt niet mee.");
        Guid? codeId = null;
        string? voterKey = null;
        if (ModelState.IsValid)
        {
            var check = await codes.CheckAsync(Context.Round.CodeScopes(Context.Budget), Voter, ct);
            if (check.Error is not null)
                ModelState.AddModelError(nameof(Voter), check.ScopeId is { } scope && Context.Round.Budgets.Any(b => b.Id == scope)
                    ? "Deze stemcode is voor een ander budget: dat van een andere wijk of dat voor de hele gemeente. Voer dit stembiljet in bij dat budget."
                    : check.Error);
            else if (check.BoundToAccount || await db.Set<Ballot>().AnyAsync(b => b.BudgetId == Context.Budget.Id && b.VoterKey == $"c:{check.Hash}", ct))
                ModelState.AddModelError(nameof(Voter), "Met deze stemcode is al gestemd, online of op papier.");
            else (codeId, voterKey) = (check.Id, $"c:{check.Hash}");
        }
        if (!ModelState.IsValid) return Page();
        var result = await box.EnterPaperAsync(Context.Budget, voterKey!, [.. Checked.Chosen.Select(p => p.Id)], codeId, Me, ct);
        if (result.Outcome == BallotBox.Outcome.AlreadyVoted)
        {
            ModelState.AddModelError(nameof(Voter), "Met deze stemcode is al gestemd, online of op papier.");
            return Page();
        }
        audit.Record(tenant.RequiredOrganisation().Id, "begroten.papier-ingevoerd", Context.Budget.Title, result.Receipt);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het stembiljet is ingevoerd. Een tweede medewerker moet het nog bevestigen.";
        return Redirect($"/{Slug}/begroten/{id}/papier");
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid ballot, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!Open) return Redirect($"/{Slug}/begroten/{id}/papier");
        var confirmed = await db.Set<Ballot>().Where(b => b.Id == ballot && b.BudgetId == id && b.Channel == BallotChannel.Papier && b.ConfirmedBy == null && b.EnteredBy != Me)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ConfirmedBy, Me).SetProperty(b => b.UpdatedAt, clock.GetUtcNow()), ct);
        if (confirmed == 0) return NotFound();
        audit.Record(tenant.RequiredOrganisation().Id, "begroten.papier-bevestigd", Context.Budget.Title, await ReceiptAsync(ballot, ct));
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het stembiljet is bevestigd en telt mee.";
        return Redirect($"/{Slug}/begroten/{id}/papier");
    }

    /// <summary>A typing error: the second official refuses it, the code can be used again and the ballot is typed in anew.</summary>
    public async Task<IActionResult> OnPostRefuseAsync(Guid id, Guid ballot, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!Open) return Redirect($"/{Slug}/begroten/{id}/papier");
        var target = await db.Set<Ballot>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == ballot && b.BudgetId == id && b.Channel == BallotChannel.Papier && b.ConfirmedBy == null && b.EnteredBy != Me, ct);
        if (target is null) return NotFound();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A colleague may have confirmed it a moment ago: then nothing is deleted and its code stays spent.
        if (await db.Set<Ballot>().Where(b => b.Id == ballot && b.ConfirmedBy == null).ExecuteDeleteAsync(ct) != 1) return NotFound();
        // The code is free again unless it cast a ballot in another budget of the round (its wijk and the city-wide one).
        if (target.VoterKey.StartsWith("c:", StringComparison.Ordinal) && !await db.Set<Ballot>().AnyAsync(b => b.VoterKey == target.VoterKey, ct))
            await codes.ReleaseAsync(target.VoterKey[2..], ct);
        audit.Record(tenant.RequiredOrganisation().Id, "begroten.papier-afgekeurd", Context.Budget.Title, target.Receipt);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Melding"] = "Het stembiljet is afgekeurd. Voer het opnieuw in als het een tikfout was.";
        return Redirect($"/{Slug}/begroten/{id}/papier");
    }

    private Task<string> ReceiptAsync(Guid ballot, CancellationToken ct) => db.Set<Ballot>().Where(b => b.Id == ballot).Select(b => b.Receipt).SingleAsync(ct);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (this.Enforce(BudgetingPermissions.Manage(loaded, tenant.RequiredOrganisation().Id)) is { } denied) return denied;
        if (await budgets.LoadAsync(id, ct) is not { } context) return NotFound();
        Context = context;
        Me = loaded.User!.Id;
        // Only with voting codes: the code on the paper is the voter, so nobody votes on paper and online as well.
        Open = context.State(Organisation.Today) != VotingState.NotYetOpen && context.Budget.ResultsPublishedAt is null && WithCodes;
        var paper = await db.Set<Ballot>().AsNoTracking().Where(b => b.BudgetId == id && b.Channel == BallotChannel.Papier).ToListAsync(ct);
        Confirmed = paper.Count(b => b.ConfirmedBy is not null);
        var waiting = paper.Where(b => b.ConfirmedBy is null).OrderBy(b => b.CreatedAt).ToList();
        var ids = waiting.Select(b => b.Id).ToList();
        var choices = await db.Set<BallotChoice>().Where(c => ids.Contains(c.BallotId)).ToListAsync(ct);
        var people = waiting.Select(b => b.EnteredBy).Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Waiting = [.. waiting.Select(b => new Pending(b,
            [.. choices.Where(c => c.BallotId == b.Id).Select(c => context.Projects.FirstOrDefault(p => p.Id == c.ProjectId)?.Title ?? "").Order(StringComparer.CurrentCulture)],
            b.EnteredBy is { } by ? names.GetValueOrDefault(by, "") : ""))];
        return null;
    }
}
