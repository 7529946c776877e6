using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Challenges;

/// <summary>
/// A person's uitdaagrecht requests, with their timeline, attachments and reports, are in the export. Erasing the
/// account deletes concepts; submitted requests stay, because the decision on them is a public record that must be
/// archived, and they then belong to the pseudonymised account.
/// </summary>
internal sealed class ChallengePersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "uitdaagrecht";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        // The person's own requests in every organisation: national by design (AVG access request).
        var requests = await db.National<Challenge>().AsNoTracking().Where(c => c.ChallengerId == userId).ToListAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var events = await db.National<ChallengeEvent>().AsNoTracking().Where(e => ids.Contains(e.ChallengeId)).OrderBy(e => e.At)
            .Select(e => new { e.ChallengeId, e.At, e.Text }).ToListAsync(ct);
        var files = await db.National<ChallengeAttachment>().AsNoTracking().Where(a => ids.Contains(a.ChallengeId)).Select(a => new { a.ChallengeId, a.FileName, a.AddedAt }).ToListAsync(ct);
        var reports = await db.National<Agree.ProgressReport>().AsNoTracking().Where(r => ids.Contains(r.ChallengeId))
            .Select(r => new { r.ChallengeId, r.Period, r.Done, r.IndicatorValues, r.Spent, r.SubmittedAt }).ToListAsync(ct);
        return requests.Select(c => new
        {
            c.Reference, State = c.State.ToString(), c.GroupName, LegalForm = c.LegalForm.ToString(), c.KvkNumber, c.Domain, c.Task, c.HowBetter, c.Involvement,
            c.SupportEvidence, c.CostEstimate, c.CurrentCost, c.SupportWanted, c.Continuity, c.IntendedStart, c.CreatedAt, c.SubmittedAt, c.DecisionReasons, c.DecidedOn,
            timeline = events.Where(e => e.ChallengeId == c.Id).Select(e => new { e.At, e.Text }),
            attachments = files.Where(f => f.ChallengeId == c.Id).Select(f => new { f.FileName, f.AddedAt }),
            reports = reports.Where(r => r.ChallengeId == c.Id).Select(r => new { r.Period, r.Done, r.IndicatorValues, r.Spent, r.SubmittedAt }),
        }).ToList();
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var concepts = db.National<Challenge>().Where(c => c.ChallengerId == userId && c.SubmittedAt == null);
        var files = await db.National<ChallengeAttachment>().Where(a => concepts.Any(c => c.Id == a.ChallengeId)).Select(a => a.FileId).ToListAsync(ct);
        await concepts.ExecuteDeleteAsync(ct);
        await db.Files.IgnoreQueryFilters().Where(f => files.Contains(f.Id)).ExecuteDeleteAsync(ct);
    }
}
