namespace Plein.Platform.Privacy;

/// <summary>The ground in art. 6(1) AVG on which Plein processes the data.</summary>
internal enum LegalBasis
{
    /// <summary>Art. 6(1)(e): a task in the public interest (participation, council, the programme).</summary>
    PublicTask,
    /// <summary>Art. 6(1)(a): the person chose it and can undo it.</summary>
    Consent,
    /// <summary>Art. 6(1)(c): a law requires it.</summary>
    LegalObligation,
    /// <summary>Art. 6(1)(b): needed for what the person asked for (an account, a registration).</summary>
    Contract,
}

/// <summary>What "delete my account" does with this kind of data.</summary>
internal enum OnErasure
{
    /// <summary>The rows go.</summary>
    Deleted,
    /// <summary>The rows stay (a count, a thread) without anything that points to the person.</summary>
    Anonymised,
    /// <summary>
    /// A record that must stay (art. 17(3)(b), (d) or (e) AVG); it stays under the account's id, which after erasure
    /// names nobody ("verwijderde gebruiker").
    /// </summary>
    KeptUnderPseudonym,
    /// <summary>
    /// A public record of a public office (a council member's name, votes, presence): it stays as it is, by law public
    /// (art. 17(3)(b) AVG); only the link to the account goes.
    /// </summary>
    PublicRecord,
}

/// <summary>
/// One line of the processing register (art. 30 AVG): what a module stores about people, why, on which ground, who sees
/// it, how long it is kept and what erasure does (<paramref name="ErasureNote"/> says it for this data in particular). <paramref name="Stores"/> are the entity types holding it, so a test
/// can check every table that points to a person is accounted for. Texts are Dutch resource keys.
/// </summary>
internal sealed record ProcessingActivity(
    string Name,
    string Data,
    string Purpose,
    LegalBasis Basis,
    string WhoSees,
    string Kept,
    OnErasure Erasure,
    string ErasureNote,
    Type[] Stores,
    string? RetentionKey = null);

/// <summary>A module's own lines of the processing register. Each module that stores personal data has one.</summary>
internal interface IProcessingRegister
{
    /// <summary>The module's name as residents know it (a Dutch resource key), e.g. "Meedoen".</summary>
    string Module { get; }

    IReadOnlyList<ProcessingActivity> Activities { get; }
}

internal static class LegalBasisText
{
    public static string Of(LegalBasis basis) => basis switch
    {
        LegalBasis.PublicTask => "Taak van algemeen belang (art. 6 lid 1e AVG)",
        LegalBasis.Consent => "Toestemming (art. 6 lid 1a AVG)",
        LegalBasis.LegalObligation => "Wettelijke plicht (art. 6 lid 1c AVG)",
        _ => "Nodig voor wat u vraagt (art. 6 lid 1b AVG)",
    };

    public static string Of(OnErasure erasure) => erasure switch
    {
        OnErasure.Deleted => "Wordt gewist.",
        OnErasure.Anonymised => "Blijft meetellen, maar niet meer te herleiden tot u.",
        OnErasure.KeptUnderPseudonym => "Blijft bewaard, onder 'verwijderde gebruiker' (art. 17 lid 3 AVG).",
        _ => "Blijft openbaar, zoals de wet vraagt (art. 17 lid 3b AVG); alleen de koppeling met uw account gaat weg.",
    };
}
