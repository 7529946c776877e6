using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Surveys.Answering;

/// <summary>Counts the tally of surveys answered before tallies existed (or loaded straight into the database), at start.</summary>
internal sealed class TallyBackfill(PleinDb db, SurveyTallies tallies) : IReferenceData
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var untallied = await db.National<Survey>()
            .Where(s => db.National<SurveyResponse>().Any(r => r.SurveyId == s.Id && r.SubmittedAt != null) && !db.National<SurveyTally>().Any(t => t.SurveyId == s.Id))
            .ToListAsync(ct);
        // A survey without choice questions never gets a tally row: counting it again at every start would only cost time.
        foreach (var survey in untallied.Where(s => s.Definition.Questions.Any(q => q.HasChoices))) await tallies.RecountAsync(survey, ct);
    }
}
