using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Plein.Challenges.Rules;

namespace Plein.Challenges.Submit;

/// <summary>What the challenger types. Saving a concept checks the form of what is there; submitting also checks completeness against the local rules.</summary>
internal sealed class RequestInput
{
    public const decimal MaxAmount = 10_000_000m;

    [StringLength(150, ErrorMessage = "Gebruik hoogstens 150 tekens.")] public string? GroupName { get; set; }
    public LegalForm? LegalForm { get; set; }
    [StringLength(20, ErrorMessage = "Een KvK-nummer heeft 8 cijfers.")] public string? KvkNumber { get; set; }
    public bool NotForProfit { get; set; }
    /// <summary>Collect support online, with the participation support mechanism.</summary>
    public bool CollectOnline { get; set; }
    [StringLength(100)] public string? Domain { get; set; }
    [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Task { get; set; }
    [StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? HowBetter { get; set; }
    [StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? Involvement { get; set; }
    [StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? SupportEvidence { get; set; }
    public decimal? CostEstimate { get; set; }
    public decimal? CurrentCost { get; set; }
    [StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? SupportWanted { get; set; }
    [StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? Continuity { get; set; }
    public DateOnly? IntendedStart { get; set; }

    public static RequestInput From(Challenge c) => new()
    {
        GroupName = c.GroupName, LegalForm = c.LegalForm, KvkNumber = c.KvkNumber, NotForProfit = c.NotForProfit, CollectOnline = c.SupportProposalId is not null, Domain = c.Domain, Task = c.Task, HowBetter = c.HowBetter,
        Involvement = c.Involvement, SupportEvidence = c.SupportEvidence, CostEstimate = c.CostEstimate, CurrentCost = c.CurrentCost,
        SupportWanted = c.SupportWanted, Continuity = c.Continuity, IntendedStart = c.IntendedStart,
    };

    public void CopyTo(Challenge c)
    {
        static string Clean(string? s) => (s ?? "").Trim();
        static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        (c.GroupName, c.LegalForm, c.KvkNumber, c.Domain, c.Task) = (Clean(GroupName), LegalForm, Kvk(KvkNumber), Clean(Domain), Clean(Task));
        c.NotForProfit = NotForProfit;
        (c.HowBetter, c.Involvement, c.SupportEvidence) = (Clean(HowBetter), Clean(Involvement), Optional(SupportEvidence));
        (c.CostEstimate, c.CurrentCost, c.SupportWanted, c.Continuity, c.IntendedStart) = (CostEstimate, CurrentCost, Optional(SupportWanted), Optional(Continuity), IntendedStart);
    }

    /// <summary>The eight digits, without spaces or dots people type in; null when there are none.</summary>
    public static string? Kvk(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>Adds Dutch messages to <paramref name="errors"/> under "Input.*".</summary>
    public void Validate(ChallengeRules rules, bool submitting, DateOnly today, bool hasSupportFiles, ModelStateDictionary errors)
    {
        if (Kvk(KvkNumber) is { } kvk && (kvk.Length != 8 || !kvk.All(char.IsAsciiDigit) || kvk == "00000000"))
            errors.AddModelError("Input.KvkNumber", "Een KvK-nummer heeft 8 cijfers, zoals 41234567.");
        foreach (var (field, amount) in new[] { (nameof(CostEstimate), CostEstimate), (nameof(CurrentCost), CurrentCost) })
        {
            if (amount < 0) errors.AddModelError("Input." + field, "Vul een bedrag van 0 euro of meer in.");
            else if (amount > MaxAmount) errors.AddModelError("Input." + field, "Dit bedrag is te hoog voor het uitdaagrecht. Vul het bedrag in euro's in, zonder punten voor duizendtallen als u twijfelt.");
            else if (amount is { } a && decimal.Round(a, 2) != a) errors.AddModelError("Input." + field, "Gebruik hoogstens twee cijfers achter de komma.");
        }
        if (!string.IsNullOrWhiteSpace(Domain) && !rules.Domains.Contains(Domain.Trim(), StringComparer.Ordinal)) errors.AddModelError("Input.Domain", "Kies een terrein uit de lijst.");
        if (!submitting)
        {
            if (string.IsNullOrWhiteSpace(Task)) errors.AddModelError("Input.Task", "Vul eerst in welke taak u wilt overnemen. Dan kunt u opslaan.");
            return;
        }

        if (string.IsNullOrWhiteSpace(GroupName)) errors.AddModelError("Input.GroupName", "Vul de naam van uw groep of organisatie in.");
        if (string.IsNullOrWhiteSpace(Domain)) errors.AddModelError("Input.Domain", "Kies een terrein.");
        if (string.IsNullOrWhiteSpace(Task)) errors.AddModelError("Input.Task", "Beschrijf welke taak u wilt overnemen.");
        if (string.IsNullOrWhiteSpace(HowBetter)) errors.AddModelError("Input.HowBetter", "Leg uit waarom u het beter, goedkoper of socialer doet.");
        if (string.IsNullOrWhiteSpace(Involvement)) errors.AddModelError("Input.Involvement", "Vertel wie u bent en wat u al weet en kunt.");
        if (LegalForm is null) errors.AddModelError("Input.LegalForm", "Kies de rechtsvorm van uw groep.");
        if (!NotForProfit) errors.AddModelError("Input.NotForProfit", "Bevestig dat uw groep geen winstoogmerk heeft. Bedrijven met winstoogmerk kunnen het uitdaagrecht niet gebruiken.");
        var legalForm = rules.LegalFormRequired || RequestItems.IsRequired(rules, "kvk");
        if (legalForm && LegalForm == Plein.Challenges.LegalForm.Bewonersgroep) errors.AddModelError("Input.LegalForm", "Volgens de regels heeft uw groep een rechtsvorm nodig, zoals een stichting of vereniging.");
        if (legalForm && Kvk(KvkNumber) is null) errors.AddModelError("Input.KvkNumber", "Vul het KvK-nummer van uw groep in.");
        if (RequestItems.IsRequired(rules, "steun") && string.IsNullOrWhiteSpace(SupportEvidence) && !hasSupportFiles && !CollectOnline)
            errors.AddModelError("Input.SupportEvidence", "Laat zien dat de inwoners die het aangaat achter u staan: in tekst, met een bijlage of door online steun te verzamelen.");
        if (RequestItems.IsRequired(rules, "kosten") && CostEstimate is null) errors.AddModelError("Input.CostEstimate", "Vul in wat het uitvoeren van de taak per jaar kost.");
        if (RequestItems.IsRequired(rules, "ondersteuning") && string.IsNullOrWhiteSpace(SupportWanted)) errors.AddModelError("Input.SupportWanted", "Schrijf welke hulp u van de organisatie vraagt, of dat u geen hulp nodig hebt.");
        if (RequestItems.IsRequired(rules, "continuiteit") && string.IsNullOrWhiteSpace(Continuity)) errors.AddModelError("Input.Continuity", "Leg uit hoe u de kwaliteit bewaakt en wat er gebeurt als iemand stopt.");
        if (rules.CostNotAboveCurrent && CostEstimate is { } cost && CurrentCost is { } current && cost > current)
            errors.AddModelError("Input.CostEstimate", "Uw begroting is hoger dan wat de organisatie er nu aan uitgeeft. Dat mag niet volgens de regels.");
        if (rules.WeeksBeforeStart > 0)
        {
            var earliest = today.AddDays(rules.WeeksBeforeStart * 7);
            if (IntendedStart is null) errors.AddModelError("Input.IntendedStart", "Kies de datum waarop u wilt beginnen.");
            else if (IntendedStart < earliest) errors.AddModelError("Input.IntendedStart", "Deze datum is te vroeg. Volgens de regels komt de aanvraag een aantal weken voor de start binnen; kies de vroegste startdatum of later.");
        }
        else if (IntendedStart is { } start && start < today) errors.AddModelError("Input.IntendedStart", "Kies een datum vanaf vandaag.");
    }
}
