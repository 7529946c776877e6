using Plein.Platform.Privacy;

namespace Plein.Knowledge;

internal sealed class KnowledgeRegister : IProcessingRegister
{
    public string Module => "Kennis";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Bijdragen in kennisgemeenschappen", "Discussies, reacties, documenten en knelpunten die u deelt, met uw naam, rol en organisatie; welke knelpunten u herkent.",
            "Kennis delen tussen volksvertegenwoordigers en knelpunten verzamelen.", LegalBasis.PublicTask, "Leden van de gemeenschap; programmamedewerkers.",
            "Zolang de gemeenschap bestaat.", OnErasure.KeptUnderPseudonym,
            "Uw bijdragen blijven, want anderen reageerden erop; uw naam, rol en organisatie gaan eraf. 'Herkenbaar' blijft meetellen.",
            [typeof(Discussions.Discussion), typeof(Discussions.Post), typeof(Library.LibraryDocument), typeof(Bottlenecks.Bottleneck), typeof(Bottlenecks.Recognition)]),
    ];
}
