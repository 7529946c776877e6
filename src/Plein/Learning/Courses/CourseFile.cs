namespace Plein.Learning.Courses;

/// <summary>An image or document uploaded for a lesson; only files listed here are served as course material.</summary>
internal sealed class CourseFile
{
    public Guid FileId { get; set; }
    public Guid CourseId { get; set; }
}
