namespace Plein.Learning.Contracts;

/// <summary>One course's reach over a period: the figures a progress report quotes.</summary>
/// <param name="AverageCheckScore">Average percentage correct over the knowledge checks taken in the period; null when none.</param>
public sealed record CourseReach(string Slug, string Title, int Enrolments, int Completions, double? AverageCheckScore, int Organisations);

/// <summary>What the Learning module answers Monitoring: reach per digital training over a period (dates inclusive).</summary>
public interface ILearningReach
{
    Task<IReadOnlyList<CourseReach>> PerCourseAsync(DateOnly from, DateOnly until, CancellationToken ct);
}
