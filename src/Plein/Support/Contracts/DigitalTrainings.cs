namespace Plein.Support.Contracts;

/// <summary>A digital training as it appears in the offer; its offer item shares the course's slug.</summary>
public sealed record DigitalTraining(string Slug, string Title, string Summary, IReadOnlyList<TargetGroup> TargetGroups, IReadOnlyList<int> Areas);

/// <summary>Lets the Learning module list a published course in the offer as an item of kind "digitale training".</summary>
public interface IDigitalTrainingOffer
{
    /// <summary>Adds the offer item, or brings its title, summary, target groups and areas up to date.</summary>
    Task PublishAsync(DigitalTraining training, CancellationToken ct);
}
