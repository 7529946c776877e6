using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Surveys.Answering;

/// <summary>
/// Finds, saves and submits a person's response. Linked responses are found by account; anonymous ones by a resume
/// token kept in a cookie (and in a link the respondent can save), of which only the hash is stored.
/// </summary>
internal sealed class SurveyResponses(PleinDb db, IHttpContextAccessor http, TimeProvider clock, SurveyTallies tallies)
{
    public const string CookiePrefix = "plein-vl-";

    public static string CookieName(Guid surveyId) => $"{CookiePrefix}{surveyId:N}";

    public async Task<SurveyResponse?> FindAsync(Survey survey, Guid? userId, CancellationToken ct)
    {
        if (!survey.Anonymous)
            return userId is null ? null : await db.Set<SurveyResponse>().FirstOrDefaultAsync(r => r.SurveyId == survey.Id && r.UserId == userId, ct);
        var token = http.HttpContext!.Request.Cookies[CookieName(survey.Id)];
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        return await db.Set<SurveyResponse>().FirstOrDefaultAsync(r => r.SurveyId == survey.Id && r.ResumeTokenHash == hash, ct);
    }

    /// <summary>Has this account already sent in this survey (linked or anonymously)?</summary>
    public async Task<bool> SubmittedByAsync(Survey survey, Guid? userId, CancellationToken ct) =>
        userId is { } id && (survey.Anonymous
            ? await db.Set<SurveyParticipant>().AnyAsync(p => p.SurveyId == survey.Id && p.UserId == id, ct)
            : await db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == survey.Id && r.UserId == id && r.SubmittedAt != null, ct));

    public async Task<IReadOnlyList<SurveyAnswer>> AnswersAsync(SurveyResponse? response, CancellationToken ct) =>
        response is null ? [] : await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.ResponseId == response.Id).OrderBy(a => a.Id).ToListAsync(ct);

    /// <summary>Starts a response; for an anonymous survey also hands out the resume token (returned, and set as cookie).</summary>
    public (SurveyResponse Response, string? Token) Start(Survey survey, Guid? userId)
    {
        var now = clock.GetUtcNow();
        var response = new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, StartedAt = now, UpdatedAt = now };
        string? token = null;
        if (survey.Anonymous)
        {
            token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
            response.ResumeTokenHash = Hash(token);
            SetCookie(survey, token);
        }
        else response.UserId = userId;
        db.Add(response);
        return (response, token);
    }

    public void SetCookie(Survey survey, string token) =>
        http.HttpContext!.Response.Cookies.Append(CookieName(survey.Id), token, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.HttpContext.Request.IsHttps,
            Path = "/", MaxAge = TimeSpan.FromDays(60),
        });

    /// <summary>
    /// Replaces the answers to these questions and saves, in one transaction. The response's UpdatedAt is the
    /// concurrency check: of two posts of the same form (a double click), only the first changes anything.
    /// False when another request got there first, or a response of this person already exists.
    /// </summary>
    public async Task<bool> SaveAsync(SurveyResponse response, IEnumerable<string> questionKeys, AnswerSheet sheet, int reached, CancellationToken ct)
    {
        var keys = questionKeys.ToList();
        var isNew = db.Entry(response).State == EntityState.Added;
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (isNew)
            {
                response.Reached = reached;
                response.UpdatedAt = now;
                await db.SaveChangesAsync(ct);
            }
            else
            {
                var seen = response.UpdatedAt;
                var newReached = Math.Max(response.Reached, reached);
                db.Entry(response).State = EntityState.Detached;
                var claimed = await db.Set<SurveyResponse>().Where(r => r.Id == response.Id && r.UpdatedAt == seen && r.SubmittedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, now).SetProperty(r => r.Reached, newReached), ct);
                if (claimed == 0) return false;
                await db.Set<SurveyAnswer>().Where(a => a.ResponseId == response.Id && keys.Contains(a.QuestionKey)).ExecuteDeleteAsync(ct);
                (response.UpdatedAt, response.Reached) = (now, newReached);
            }
            db.AddRange(sheet.Values.Where(v => keys.Contains(v.QuestionKey))
                .Select(v => new SurveyAnswer { SurveyId = response.SurveyId, ResponseId = response.Id, QuestionKey = v.QuestionKey, Row = v.Row, Value = v.Value }));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Sends the response in, once (a conditional update): answers to questions that ended up hidden are dropped.
    /// False when it was already sent, or this person already answered this survey.
    /// </summary>
    public async Task<bool> SubmitAsync(Survey survey, SurveyResponse response, Guid? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var sent = await db.Set<SurveyResponse>().Where(r => r.Id == response.Id && r.SubmittedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, now), ct);
            if (sent == 0) return false;
            var answers = await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.ResponseId == response.Id).ToListAsync(ct);
            var hidden = survey.Definition.Hidden(Given(answers));
            var drop = answers.Where(a => hidden.Contains(a.QuestionKey) || survey.Definition.Find(a.QuestionKey) is null).Select(a => a.Id).ToList();
            if (drop.Count > 0) await db.Set<SurveyAnswer>().Where(a => drop.Contains(a.Id)).ExecuteDeleteAsync(ct);
            await tallies.AddAsync(survey, answers.Where(a => !drop.Contains(a.Id)), ct);
            // Only the day: an exact time would let someone with the database match the account to the anonymous response.
            if (survey.Anonymous && userId is { } id)
                db.Add(new SurveyParticipant { Id = Guid.NewGuid(), SurveyId = survey.Id, UserId = id, SubmittedAt = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Choice answers per question, for conditions.</summary>
    public static Dictionary<string, List<string>> Given(IEnumerable<SurveyAnswer> answers) =>
        answers.GroupBy(a => a.QuestionKey).ToDictionary(g => g.Key, g => g.Select(a => a.Value).ToList(), StringComparer.Ordinal);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
