using Plein.Platform.Tenancy;

namespace Plein.Learning.Organisations;

/// <summary>A beheerder or griffier points their organisation's members to a course.</summary>
internal sealed class CourseRecommendation : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CourseId { get; set; }
    public Guid RecommendedBy { get; set; }
    public string Note { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
