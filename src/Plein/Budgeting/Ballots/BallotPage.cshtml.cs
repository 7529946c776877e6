using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Ballots;

/// <summary>
/// The ballot, without JavaScript: choose projects, see the running total ("Tussenstand"), review, cast, get a
/// receipt. Voters with an account vote at the budget's level; with a voting code anyone votes, without an account.
/// </summary>
[EnableRateLimiting(Platform.Security.RateLimits.Account)]
internal sealed class BallotPageModel(Budgets budgets, CurrentUser me, Verifier verifier, VotingCodeService codes, BallotBox box, ITenantContext tenant) : PageModel
{
    internal enum Step { Choose, Review }

    [BindProperty] public List<Guid> Choice { get; set; } = [];
    [BindProperty, StringLength(40, ErrorMessage = "Deze stemcode klopt niet. Controleer of u hem goed heeft overgetypt.")] public string? Code { get; set; }
    [BindProperty] public bool AgeConfirmed { get; set; }
    public BudgetContext Context { get; private set; } = default!;
    public Budget Budget => Context.Budget;
    public VotingState State { get; private set; }
    public Step Showing { get; private set; } = Step.Choose;
    public BallotRules.Check? Checked { get; private set; }
    /// <summary>Why this person cannot vote now (a resource key), or null when the ballot is theirs to fill in.</summary>
    public string? Refusal { get; private set; }
    public bool NeedsCode => Budget.Eligibility == VerificationLevel.Stemcode && CodeId is null;
    public Guid? CodeId { get; private set; }
    /// <summary>Shown once, right after casting, and only on this budget's page (a shared computer shows it to nobody else).</summary>
    public string? Receipt { get; private set; }
    /// <summary>The ballot this voter cast before: shown with its receipt, and the choice to change when allowed.</summary>
    public BallotBox.Cast? Earlier { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Receipt = TempData[$"Bewijs-{id}"] as string;
        if (Earlier is not null) Choice = [.. Earlier.Projects];
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (NeedsCode && string.IsNullOrWhiteSpace(Code)) ModelState.AddModelError(nameof(Code), "Vul uw stemcode in.");
        if (Earlier is not null) Choice = [.. Earlier.Projects];
        return Page();
    }

    public async Task<IActionResult> OnPostCountAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Refusal is null && !NeedsCode) Checked = BallotRules.Evaluate(Budget, Context.Projects, Choice);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Refusal is not null || NeedsCode) return Page();
        Checked = BallotRules.Evaluate(Budget, Context.Projects, Choice);
        if (Checked.Valid) Showing = Step.Review;
        return Page();
    }

    public async Task<IActionResult> OnPostCastAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Refusal is not null || NeedsCode) return Page();
        Checked = BallotRules.Evaluate(Budget, Context.Projects, Choice);
        if (!Checked.Valid) return Page();
        if (Budget.MinimumAge is not null && !AgeConfirmed)
        {
            Showing = Step.Review;
            ModelState.AddModelError(nameof(AgeConfirmed), "Bevestig dat u oud genoeg bent om mee te stemmen.");
            return Page();
        }
        var result = await box.CastAsync(Budget, voterKey!, [.. Checked.Chosen.Select(p => p.Id)], CodeId, ct);
        TempData[$"Bewijs-{id}"] = result.Receipt;
        TempData["Melding"] = result.Outcome switch
        {
            BallotBox.Outcome.Cast => "Uw stem is uitgebracht. Dank u wel!",
            BallotBox.Outcome.Changed => "Uw stem is gewijzigd.",
            _ => "U heeft al gestemd. Uw eerdere stem telt.",
        };
        return Redirect($"/{Slug}/begroten/{id}#bewijs");
    }

    private string? voterKey;

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await budgets.LoadAsync(id, ct) is not { } context || !context.Process.Published) return NotFound();
        Context = context;
        State = context.State(Organisation.Today);
        if (State != VotingState.Open) { Refusal = State == VotingState.NotYetOpen ? "Stemmen kan nog niet." : "Het stemmen is gesloten."; return null; }
        if (Budget.Eligibility == VerificationLevel.Stemcode)
        {
            if (string.IsNullOrWhiteSpace(Code)) return null;
            var check = await codes.CheckAsync(Budget.Id, Code, ct);
            if (check.Error is not null) ModelState.AddModelError(nameof(Code), check.Error);
            else if (check.Used && !Budget.ChangeUntilClosing) ModelState.AddModelError(nameof(Code), "Met deze stemcode is al gestemd.");
            else
            {
                (CodeId, voterKey) = (check.Id, $"c:{check.Hash}");
                await EarlierAsync(ct);
                // Spent without a ballot of this budget (typed in elsewhere, as an account's voting code): it cannot vote here.
                if (check.Used && Earlier is null) (CodeId, voterKey) = (null, null);
                if (check.Used && Earlier is null) ModelState.AddModelError(nameof(Code), "Met deze stemcode is al gestemd.");
            }
            return null;
        }
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) { Refusal = "Log in om te stemmen."; return null; }
        var level = await verifier.LevelAsync(loaded, context.Process.CensusAreaId, Budget.Id, Budget.Eligibility, ct);
        if (level < Budget.Eligibility) { Refusal = "U kunt nog niet stemmen: hiervoor is {0} nodig."; return null; }
        voterKey = $"u:{loaded.User.Id}";
        return await EarlierAsync(ct);
    }

    private async Task<IActionResult?> EarlierAsync(CancellationToken ct)
    {
        Earlier = await box.FindAsync(Budget.Id, voterKey!, ct);
        if (Earlier is { Channel: BallotChannel.Papier }) Refusal = "U heeft op papier gestemd. Uw stem telt.";
        else if (Earlier is not null && !Budget.ChangeUntilClosing) Refusal = "U heeft al gestemd. Uw stem telt.";
        return null;
    }
}
