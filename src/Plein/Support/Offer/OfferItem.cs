using Plein.Support.Contracts;

namespace Plein.Support.Offer;

internal enum OfferKind { Training, Workshop, Leerkring, Webinar, Evenement, Instrument, Publicatie, Advies, DigitaleTraining }

internal enum OfferFormat { Online, OpLocatie, Hybride }

/// <summary>One item of the programme's general offer: national, the same for every organisation.</summary>
internal sealed class OfferItem
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public OfferKind Kind { get; set; }
    public List<TargetGroup> TargetGroups { get; set; } = [];
    /// <summary>Aandachtsgebieden 1-7.</summary>
    public List<int> Areas { get; set; } = [];
    /// <summary>The programme's priorities (A-E) the item serves.</summary>
    public List<string> Priorities { get; set; } = [];
    public OfferFormat Format { get; set; } = OfferFormat.OpLocatie;
    public string Provider { get; set; } = "";
    /// <summary>In words: "Gratis", "€ 150 per deelnemer", "50% cofinanciering".</summary>
    public string Cost { get; set; } = "Gratis";
    /// <summary>Places per session unless a session says otherwise.</summary>
    public int Capacity { get; set; } = 25;
    public bool Published { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public static string Describe(OfferKind kind) => kind switch
    {
        OfferKind.Training => "training",
        OfferKind.Workshop => "workshop",
        OfferKind.Leerkring => "leerkring",
        OfferKind.Webinar => "webinar",
        OfferKind.Evenement => "bijeenkomst",
        OfferKind.Instrument => "instrument",
        OfferKind.Publicatie => "publicatie",
        OfferKind.Advies => "advies",
        _ => "digitale training",
    };

    public static string Describe(OfferFormat format) => format switch
    {
        OfferFormat.Online => "online",
        OfferFormat.OpLocatie => "op locatie",
        _ => "hybride",
    };
}
