using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;

namespace Plein.QuickScan.Questionnaire;

/// <summary>Ships the first national version of the questionnaire in every database, as the current version.</summary>
internal sealed class NationalQuestionnaire(PleinDb db, TimeProvider clock) : IReferenceData
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<QuestionnaireVersion>().AnyAsync(ct)) return;
        db.Add(new QuestionnaireVersion
        {
            Id = Guid.NewGuid(), Number = NationalVersion1.Number, Title = NationalVersion1.Title, Current = true, PublishedAt = clock.GetUtcNow(),
            Definition = NationalVersion1.Definition(), CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    public static Task<QuestionnaireVersion> CurrentAsync(PleinDb db, CancellationToken ct) =>
        db.Set<QuestionnaireVersion>().AsNoTracking().Where(v => v.PublishedAt != null).OrderByDescending(v => v.Current).ThenByDescending(v => v.Number).FirstAsync(ct);
}
