using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Platform;
using Plein.Support.Contracts;

namespace Plein.Learning.Demo;

/// <summary>The programme's first digital training, in every database: how an organisation embeds the uitdaagrecht (DOMAIN.md, priority B).</summary>
internal sealed class UitdaagrechtCourse(PleinDb db, IDigitalTrainingOffer offer, TimeProvider clock) : IReferenceData
{
    public const string Slug = "het-uitdaagrecht-in-uw-organisatie";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<Course>().AnyAsync(c => c.Slug == Slug, ct)) return;
        var now = clock.GetUtcNow();
        var course = new Course { Id = Guid.NewGuid(), Slug = Slug, CreatedAt = now };
        var version = new CourseVersion
        {
            Id = Guid.NewGuid(), CourseId = course.Id, Number = 1, Title = "Het uitdaagrecht in uw organisatie", EstimatedMinutes = 45,
            Summary = "Inwoners mogen vragen of zij een taak van de gemeente kunnen overnemen. In deze training leert u wat de wet vraagt, hoe u het uitdaagrecht invoert, hoe u een verzoek beoordeelt en hoe u goede afspraken maakt.",
            TargetGroups = [TargetGroup.Raadsleden, TargetGroup.Griffiers, TargetGroup.Ambtenaren, TargetGroup.Wethouders],
            Areas = [3, 4, 7], Content = UitdaagrechtLessons.Content(), CreatedAt = now, PublishedAt = now,
        };
        db.AddRange(course, version);
        await db.SaveChangesAsync(ct);
        await offer.PublishAsync(new DigitalTraining(Slug, version.Title, version.Summary, version.TargetGroups, version.Areas), ct);
    }
}
