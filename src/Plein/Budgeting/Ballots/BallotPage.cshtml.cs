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
    /// <summary>The values in the refusal; by default the level the budget asks for.</summary>
    public object[]? RefusalValues { get; private set; }
    /// <summary>Wrong wijk: the budget of this round the voter can vote on instead.</summary>
    public Budget? VoteThere { get; private set; }
    public bool NeedsCode => Budget.Eligibility == VerificationLevel.Stemcode && CodeId is null;
    public Guid? CodeId { get; private set; }
    /// <summary>Shown once, right after casting, and only on this budget's page (a shared computer shows it to nobody else).</summary>
    public string? Receipt { get; private set; }
    /// <summary>The ballot this voter cast before: shown with its receipt, and the choice to change when allowed.</summary>
    public BallotBox.Cast? Earlier { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;

    /// <summary>Right after a wijk's letter voted here: the city-wide budget the same code opens, and the code, to vote there without typing it again.</summary>
    public (Budget Budget, string Code)? AlsoThere { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Receipt = TempData[$"Bewijs-{id}"] as string;
        if (Receipt is not null && TempData[$"Ook-{id}"] is string code && Context.Round.CityWide.FirstOrDefault(b => b.Eligibility == VerificationLevel.Stemcode) is { } city)
        {
            AlsoThere = (city, code);
            // The code is in this page once: a browser must not keep it for the back button of the next person.
            Response.Headers.CacheControl = "no-store";
        }
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
        var result = await box.CastAsync(Budget, voterKey!, [.. Checked.Chosen.Select(p => p.Id)], CodeId, Earlier, ct);
        if (result.Outcome == BallotBox.Outcome.OtherWijk)
        {
            (Checked, Earlier) = (null, null);
            if (await OtherWijkAsync(ct) is { } other) RefuseOtherWijk(other);
            return Page();
        }
        if (result.Outcome == BallotBox.Outcome.CodeRefused)
        {
            (CodeId, Checked) = (null, null);
            ModelState.AddModelError(nameof(Code), "Deze stemcode is ongeldig gemaakt. Vraag de organisatie om een nieuwe.");
            return Page();
        }
        TempData[$"Bewijs-{id}"] = result.Receipt;
        if (CodeId is not null && Budget.AreaId is not null && result.Outcome == BallotBox.Outcome.Cast) TempData[$"Ook-{id}"] = Code;
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
        if (await budgets.KeptAsync(id, ct) is not { } context || !context.Process.Published) return NotFound();
        Context = context;
        State = context.State(Organisation.Today);
        if (State != VotingState.Open) { Refusal = State == VotingState.NotYetOpen ? "Stemmen kan nog niet." : "Het stemmen is gesloten."; return null; }
        if (Budget.Eligibility == VerificationLevel.Stemcode)
        {
            if (string.IsNullOrWhiteSpace(Code)) return null;
            var check = await codes.CheckAsync(context.Round.CodeScopes(Budget), Code, ct);
            if (check.Error is not null) ModelState.AddModelError(nameof(Code), WrongAreaForCode(check.ScopeId) ?? check.Error);
            // Taken for an account at the general page before that page sent ballot codes here: it cannot vote.
            else if (check.BoundToAccount) ModelState.AddModelError(nameof(Code), "Met deze stemcode is al gestemd.");
            else
            {
                (CodeId, voterKey) = (check.Id, $"c:{check.Hash}");
                // A code is spent in the transaction that stores its ballot (and given back only when none is left), so
                // an unused code has no earlier ballot to look up: one read less for every first vote.
                if (check.Used) await EarlierAsync(ct);
                if (Earlier is { Channel: BallotChannel.Online } && !Budget.ChangeUntilClosing)
                {
                    (CodeId, voterKey, Earlier, Refusal) = (null, null, null, null);
                    ModelState.AddModelError(nameof(Code), "Met deze stemcode is al gestemd.");
                }
            }
            return null;
        }
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) { Refusal = "Log in om te stemmen."; return null; }
        var level = await verifier.LevelAsync(loaded, Budget.AreaId ?? context.Process.CensusAreaId, Budget.Id, Budget.Eligibility, ct);
        if (level < Budget.Eligibility)
        {
            Refusal = "U kunt nog niet stemmen: hiervoor is {0} nodig.";
            if (Budget.AreaId is { } area && Budget.Eligibility == VerificationLevel.PostcodeInGebied && (await verifier.AreasOfAsync(loaded.User.Id, ct)) is { Count: > 0 } home)
            {
                (Refusal, RefusalValues) = ("Dit budget is alleen voor inwoners van {0}. Uw adres ligt niet in {0}. Daarom kunt u hier niet stemmen.", [context.Round.AreaName(Budget)!]);
                VoteThere = home.Select(context.Round.ForArea).FirstOrDefault(b => b is not null) ?? context.Round.CityWide.FirstOrDefault();
            }
            return null;
        }
        voterKey = $"u:{loaded.User.Id}";
        await EarlierAsync(ct);
        if (Earlier is null && Budget.AreaId is not null && await OtherWijkAsync(ct) is { } other) RefuseOtherWijk(other);
        return null;
    }

    private void RefuseOtherWijk(Budget other) =>
        (Refusal, RefusalValues, VoteThere) = ("U heeft al gestemd over het budget van {0}. U stemt over het budget van één wijk en over het budget voor de hele gemeente.", [Context.Round.AreaName(other)!], Context.Round.CityWide.FirstOrDefault());

    /// <summary>A code of this round made for another budget: which one, and the Dutch message for the voter.</summary>
    private string? WrongAreaForCode(Guid? scope)
    {
        if (scope is null || Context.Round.Budgets.FirstOrDefault(b => b.Id == scope) is not { } theirs) return null;
        VoteThere = theirs;
        return theirs.AreaId is null
            ? "Deze stemcode is alleen voor het budget voor de hele gemeente. Over dit wijkbudget stemmen alleen inwoners van de wijk, met de stemcode van hun wijk."
            : "Deze stemcode is voor een andere wijk. Met deze code stemt u over het budget van uw eigen wijk en over het budget voor de hele gemeente.";
    }

    /// <summary>The wijk budget of this round the voter already voted on: one wijk per voter, even when an address lies in two lists.</summary>
    private async Task<Budget?> OtherWijkAsync(CancellationToken ct)
    {
        var wijken = Context.Round.Wijken.Where(b => b.Id != Budget.Id).Select(b => b.Id).ToList();
        if (wijken.Count == 0) return null;
        var voted = await box.VotedInAsync(wijken, voterKey!, ct);
        return voted is { } id ? Context.Round.Budgets.First(b => b.Id == id) : null;
    }

    private async Task<IActionResult?> EarlierAsync(CancellationToken ct)
    {
        Earlier = await box.FindAsync(Budget.Id, voterKey!, ct);
        if (Earlier is { Channel: BallotChannel.Papier }) Refusal = "U heeft op papier gestemd. Uw stem telt.";
        else if (Earlier is not null && !Budget.ChangeUntilClosing) Refusal = "U heeft al gestemd. Uw stem telt.";
        return null;
    }
}
