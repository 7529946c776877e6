using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Privacy;

namespace Plein.Participation.Comments;

/// <summary>Who reported a comment, and why, goes after the term; the comment keeps its report count.</summary>
internal sealed class ReportRetention(PleinDb db) : IRetentionRule
{
    public const string RuleKey = "meldingen-reacties";
    public string Key => RuleKey;
    public string Title => "Meldingen van reacties";
    public string Explanation => "Telt vanaf de melding. Daarna gaan de melder en de reden weg; het aantal meldingen bij de reactie blijft.";
    public int DefaultMonths => 6;
    public int MinMonths => 1;
    public int MaxMonths => 60;

    public Task<int> PurgeAsync(Guid organisationId, DateTimeOffset cutoff, CancellationToken ct) =>
        db.National<CommentReport>().Where(r => r.OrganisationId == organisationId && r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
}
