using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Plein.Platform.Verification;

namespace Plein.Budgeting.Manage;

/// <summary>A budget's settings as staff type them, with the checks that need more than one field.</summary>
internal sealed class BudgetInput
{
    public const decimal MaxTotal = 100_000_000m;

    [Required(ErrorMessage = "Geef het budget een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
    [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Description { get; set; }
    [Required(ErrorMessage = "Vul het bedrag van het budget in."), Range(1, (double)MaxTotal, ErrorMessage = "Vul een bedrag in van 1 tot 100 miljoen euro.")] public decimal? Total { get; set; }
    [Required(ErrorMessage = "Kies hoe inwoners kiezen.")] public BallotRule? Rule { get; set; }
    [Range(0, 100, ErrorMessage = "Vul een percentage in van 0 tot en met 100.")] public int? MinimumSpendPercent { get; set; }
    [Range(1, 100, ErrorMessage = "Vul een aantal in van 1 tot en met 100.")] public int? MaxChoices { get; set; }
    [Required(ErrorMessage = "Kies wie mag stemmen.")] public VerificationLevel? Eligibility { get; set; }
    [Range(12, 120, ErrorMessage = "Vul een leeftijd in van 12 tot en met 120, of laat het veld leeg.")] public int? MinimumAge { get; set; }
    public bool ChangeUntilClosing { get; set; }
    /// <summary>The wijk (census area) the budget is for; empty: the whole organisation.</summary>
    public Guid? AreaId { get; set; }

    public static IEnumerable<SelectListItem> Rules => [new("Kies hoe inwoners kiezen", ""), new("Projecten die samen in het budget passen", nameof(BallotRule.Knapsack)), new("Een aantal projecten kiezen", nameof(BallotRule.Approval))];

    public static IEnumerable<SelectListItem> Levels =>
        [new("Kies wie mag stemmen", ""), .. VerificationLevels.Selectable.Select(l => new SelectListItem(VerificationLevels.Describe(l), l.ToString()))];

    public void Validate(ModelStateDictionary errors, string prefix)
    {
        if (Total is { } total && decimal.Round(total, 2) != total) errors.AddModelError(prefix + ".Total", "Gebruik hoogstens twee cijfers achter de komma.");
        if (Rule == BallotRule.Approval && MaxChoices is null) errors.AddModelError(prefix + ".MaxChoices", "Vul in hoeveel projecten iemand hoogstens kiest.");
        if (Rule is { } rule && !Enum.IsDefined(rule)) errors.AddModelError(prefix + ".Rule", "Kies hoe inwoners kiezen uit de lijst.");
        if (Eligibility is { } level && !VerificationLevels.Selectable.Contains(level)) errors.AddModelError(prefix + ".Eligibility", "Kies wie mag stemmen uit de lijst.");
        // Only an address in the wijk's list or a code sent to the wijk says where someone lives; DigiD or an e-mail address does not.
        if (AreaId is not null && Eligibility is { } wijkLevel && wijkLevel is not (VerificationLevel.PostcodeInGebied or VerificationLevel.Stemcode))
            errors.AddModelError(prefix + ".Eligibility", "Bij een budget voor een wijk stemmen inwoners met een postcode in de wijk of met een stemcode. Kies een van die twee.");
    }

    public static BudgetInput From(Budget b) => new()
    {
        Title = b.Title, Description = b.Description, Total = b.Total, Rule = b.Rule, MinimumSpendPercent = b.MinimumSpendPercent, MaxChoices = b.MaxChoices,
        Eligibility = b.Eligibility, MinimumAge = b.MinimumAge, ChangeUntilClosing = b.ChangeUntilClosing, AreaId = b.AreaId,
    };

    public void ApplyTo(Budget b)
    {
        b.Title = Title!.Trim();
        b.Description = Description?.Trim() ?? "";
        b.Total = Total!.Value;
        b.Rule = Rule!.Value;
        b.MinimumSpendPercent = Rule == BallotRule.Knapsack ? MinimumSpendPercent ?? 0 : 0;
        b.MaxChoices = Rule == BallotRule.Approval ? MaxChoices : null;
        b.Eligibility = Eligibility!.Value;
        b.MinimumAge = MinimumAge;
        b.ChangeUntilClosing = ChangeUntilClosing;
        b.AreaId = AreaId;
    }
}
