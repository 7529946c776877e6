using Plein.Platform.Tenancy;

namespace Plein.Challenges.Rules;

/// <summary>Where an organisation is on the routeplanner of the Right to Challenge network; only Open takes requests.</summary>
internal enum IntroductionStage { NietGestart, VerkennendGesprek, Checklist, BesluitTotInvoering, Open }

internal enum AgreementForm { Overeenkomst, Subsidie, OvereenkomstOfSubsidie }

/// <summary>
/// One organisation's uitdaagrecht, from its participatieverordening: whether it is open, what can and cannot be
/// challenged, what a request must contain, the decision deadline and the conditions. One row per organisation.
/// </summary>
internal sealed class ChallengeRules : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public IntroductionStage Stage { get; set; }
    /// <summary>Domains in which tasks can be challenged, such as "Groen en openbare ruimte".</summary>
    public List<string> Domains { get; set; } = [];
    /// <summary>Tasks that can never be challenged (government tasks such as permits and enforcement).</summary>
    public List<string> Excluded { get; set; } = [];
    /// <summary>The optional parts of a request this organisation requires (<see cref="RequestItems"/>).</summary>
    public List<string> RequiredItems { get; set; } = [];
    public int DecisionWeeks { get; set; } = 10;
    /// <summary>Whether asking the challenger for more information stops the clock until the answer comes.</summary>
    public bool InformationPausesDeadline { get; set; } = true;
    /// <summary>How long before the intended start a request must come in; 0 for no rule.</summary>
    public int WeeksBeforeStart { get; set; }
    public AgreementForm AgreementForm { get; set; } = AgreementForm.OvereenkomstOfSubsidie;
    public int MaxDurationMonths { get; set; } = 24;
    /// <summary>The challenger may not cost more than the organisation spends on the task now.</summary>
    public bool CostNotAboveCurrent { get; set; } = true;
    /// <summary>Only groups with a legal form (foundation, association, cooperative) may challenge.</summary>
    public bool LegalFormRequired { get; set; } = true;
    /// <summary>Extra local conditions in plain words, shown on the public page.</summary>
    public string? Notes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpen => Stage == IntroductionStage.Open;

    /// <summary>The VNG example ordinance's usual choices, a starting point the organisation changes.</summary>
    public static ChallengeRules Example(DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), Stage = IntroductionStage.NietGestart, UpdatedAt = now,
        Domains = ["Groen en openbare ruimte", "Afval en zwerfvuil", "Sport en spelen", "Welzijn en zorg in de buurt", "Buurthuizen en accommodaties"],
        Excluded = ["Vergunningen verlenen", "Toezicht en handhaving", "Basisregistratie personen", "Paspoorten en identiteitskaarten", "Belastingen heffen"],
        RequiredItems = [.. RequestItems.Optional.Select(i => i.Key)],
    };
}

/// <summary>The parts of a request. Some are always required; the organisation chooses which of the others it requires.</summary>
internal static class RequestItems
{
    internal sealed record Item(string Key, string Label);

    public static readonly Item[] Optional =
    [
        new("steun", "Steun onder de inwoners die het aangaat"),
        new("kosten", "Een begroting van de kosten"),
        new("ondersteuning", "Welke hulp u van de organisatie vraagt"),
        new("continuiteit", "Hoe u kwaliteit en continuïteit waarborgt"),
        new("kvk", "Rechtsvorm met KvK-nummer"),
    ];

    public static bool IsRequired(ChallengeRules rules, string key) => rules.RequiredItems.Contains(key, StringComparer.Ordinal);
}
