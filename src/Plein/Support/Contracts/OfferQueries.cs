namespace Plein.Support.Contracts;

/// <summary>Who an offer item is for (the programme's target groups).</summary>
public enum TargetGroup { Raadsleden, Griffiers, Burgemeesters, Wethouders, Gemeentesecretarissen, Ambtenaren, Inwoners }

/// <summary>An offer item as another module may show it: what it is, and where to read more.</summary>
public sealed record OfferSuggestion(string Title, string Summary, string Kind, string Path);

/// <summary>What the Support module answers other modules: offer items for an aandachtsgebied and target groups.</summary>
public interface IOfferCatalogue
{
    /// <param name="area">The aandachtsgebied, 1-7.</param>
    Task<IReadOnlyList<OfferSuggestion>> ForAsync(int area, IReadOnlyCollection<TargetGroup> groups, int max, CancellationToken ct);
}
