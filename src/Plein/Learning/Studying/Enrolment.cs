using Plein.Learning.Courses;

namespace Plein.Learning.Studying;

/// <summary>
/// A person following a course, pinned to the version they started on. It belongs to the person, not to an
/// organisation: their organisation only sees it when they say so (<see cref="ShareWithOrganisation"/>).
/// </summary>
internal sealed class Enrolment
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CourseId { get; set; }
    public Guid VersionId { get; set; }
    /// <summary>The organisation the person worked for when they enrolled: counted for reach, never used to show them.</summary>
    public Guid? OrganisationId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public Guid? LastLessonId { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CertificateCode { get; set; }
    public bool ShareWithOrganisation { get; set; }

    public bool IsComplete => CompletedAt is not null;

    /// <summary>Done when every lesson is done; lessons with a check are done only when the check was passed.</summary>
    public bool Finish(CourseContent content, IReadOnlyCollection<Guid> doneLessons, DateTimeOffset now)
    {
        if (IsComplete || !content.Lessons.All(l => doneLessons.Contains(l.Id))) return false;
        CompletedAt = now;
        CertificateCode = Certificates.CertificateCode.New();
        return true;
    }
}

internal sealed class LessonProgress
{
    public Guid EnrolmentId { get; set; }
    public Guid LessonId { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}

internal sealed class CheckAttempt
{
    public Guid Id { get; set; }
    public Guid EnrolmentId { get; set; }
    public Guid LessonId { get; set; }
    /// <summary>The chosen option per question, in question order.</summary>
    public List<int> Answers { get; set; } = [];
    public int Score { get; set; }
    public bool Passed { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>The learner's own answer to a reflection question: private to them, shown to nobody else.</summary>
internal sealed class Reflection
{
    public Guid EnrolmentId { get; set; }
    public Guid LessonId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
