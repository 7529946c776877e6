using Plein.Support.Contracts;

namespace Plein.Learning.Courses;

/// <summary>A digital training of the programme: national, the same for every organisation. Its content lives in versions.</summary>
internal sealed class Course
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One version of a course. Staff edit the single draft; publishing freezes it (ADR 0028), and an enrolment keeps the
/// version it started on, so a learner's lessons, checks and progress never change under them.
/// </summary>
internal sealed class CourseVersion
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public int EstimatedMinutes { get; set; }
    public List<TargetGroup> TargetGroups { get; set; } = [];
    /// <summary>Aandachtsgebieden 1-7.</summary>
    public List<int> Areas { get; set; } = [];
    public CourseContent Content { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public Guid? PublishedBy { get; set; }

    public bool IsDraft => PublishedAt is null;

    /// <summary>The latest of each course's published versions: what a new learner gets.</summary>
    public static IEnumerable<CourseVersion> LatestOfEach(IEnumerable<CourseVersion> published) =>
        published.GroupBy(v => v.CourseId).Select(g => g.MaxBy(v => v.Number)!);

    /// <summary>The next draft starts as a copy; lesson ids stay, so links and a learner's place mean the same lesson.</summary>
    public CourseVersion NextDraft(DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), CourseId = CourseId, Number = Number + 1, Title = Title, Summary = Summary, EstimatedMinutes = EstimatedMinutes,
        TargetGroups = [.. TargetGroups], Areas = [.. Areas], Content = Content.Copy(), CreatedAt = now,
    };

    /// <summary>Why this draft cannot be published yet, or nothing.</summary>
    public IEnumerable<string> PublishProblems()
    {
        if (Content.Lessons.Count == 0) yield return "Voeg minstens één les toe.";
        foreach (var module in Content.Modules.Where(m => m.Lessons.Count == 0)) yield return $"De module '{module.Title}' heeft nog geen lessen.";
        foreach (var lesson in Content.Lessons.Where(l => l.Check is { Questions.Count: 0 })) yield return $"De kennischeck in '{lesson.Title}' heeft nog geen vragen.";
    }
}
