using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Privacy;

namespace Plein.Challenges;

/// <summary>A concept request never sent in is deleted, with its attachments, once untouched for the term.</summary>
internal sealed class ConceptRetention(PleinDb db) : IRetentionRule
{
    public const string RuleKey = "uitdaagrecht-concepten";
    public string Key => RuleKey;
    public string Title => "Concepten van uitdaagrecht-verzoeken";
    public string Explanation => "Telt vanaf de laatste wijziging. Een verzoek dat nooit is ingediend, wordt daarna met zijn bijlagen gewist.";
    public int DefaultMonths => 12;
    public int MinMonths => 1;
    public int MaxMonths => 60;

    public async Task<int> PurgeAsync(Guid organisationId, DateTimeOffset cutoff, CancellationToken ct)
    {
        var stale = db.National<Challenge>().Where(c => c.OrganisationId == organisationId && c.SubmittedAt == null && c.UpdatedAt < cutoff);
        var files = await db.National<ChallengeAttachment>().Where(a => stale.Any(c => c.Id == a.ChallengeId)).Select(a => a.FileId).ToListAsync(ct);
        var deleted = await stale.ExecuteDeleteAsync(ct);
        await db.Files.IgnoreQueryFilters().Where(f => files.Contains(f.Id)).ExecuteDeleteAsync(ct);
        return deleted;
    }
}
