using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Platform.Surveys;

/// <summary>
/// Linked responses are in the export with their answers. Erasing the account keeps the answers but unlinks them, so
/// results stay right and nobody can tell whose they were; unfinished responses go, and so do the "answered already"
/// marks of anonymous surveys (a deleted account cannot answer again).
/// </summary>
internal sealed class SurveyPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "vragenlijsten";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        // The person's own responses in every organisation: national by design (AVG access request).
        var responses = await db.National<SurveyResponse>().AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.National<Survey>(), r => r.SurveyId, s => s.Id, (r, s) => new { r.Id, Survey = s.Title, r.StartedAt, r.SubmittedAt })
            .ToListAsync(ct);
        var ids = responses.Select(r => r.Id).ToList();
        var answers = await db.National<SurveyAnswer>().AsNoTracking().Where(a => ids.Contains(a.ResponseId))
            .Select(a => new { a.ResponseId, Question = a.QuestionKey, a.Row, a.Value }).ToListAsync(ct);
        var anonymous = await db.National<SurveyParticipant>().AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.National<Survey>(), p => p.SurveyId, s => s.Id, (p, s) => new { Survey = s.Title, p.SubmittedAt }).ToListAsync(ct);
        return new
        {
            responses = responses.Select(r => new { r.Survey, r.StartedAt, r.SubmittedAt, answers = answers.Where(a => a.ResponseId == r.Id).Select(a => new { a.Question, a.Row, a.Value }) }),
            anonymousSurveysAnswered = anonymous,
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var unfinished = db.National<SurveyResponse>().Where(r => r.UserId == userId && r.SubmittedAt == null);
        await db.National<SurveyAnswer>().Where(a => unfinished.Any(r => r.Id == a.ResponseId)).ExecuteDeleteAsync(ct);
        await unfinished.ExecuteDeleteAsync(ct);
        await db.National<SurveyParticipant>().Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.National<SurveyResponse>().Where(r => r.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, (Guid?)null), ct);
    }
}
