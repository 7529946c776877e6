using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Export;

namespace Plein.Platform.Surveys.Export;

/// <summary>
/// All sent-in responses, one row each and one column per question (per statement for a matrix), as CSV or XLSX.
/// Responses are read in batches of 500 with their answers, so memory stays flat however many there are.
/// </summary>
internal static class SurveyExport
{
    private const int Batch = 500;

    public static void MapSurveyExport(this WebApplication app) =>
        app.MapGet("/{org}/vragenlijsten/{id:guid}/export.{format}", async (HttpContext http, PleinDb db, CurrentUser me, Guid id, string format, CancellationToken ct) =>
        {
            var survey = await db.Set<Survey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
            if (survey is null || survey.OwnerManaged || format is not ("csv" or "xlsx")) return Results.NotFound();
            var verdict = SurveyPermissions.CanManage(await me.LoadAsync(ct), survey.OrganisationId);
            if (verdict != PlatformPermissions.Verdict.Allowed)
                return Results.StatusCode(me.Id is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
            await StreamAsync(http, db, survey, format, $"antwoorden-{id:N}", Profile.Full, ct);
            return Results.Empty;
        }).ExcludeFromDescription();

    /// <summary>
    /// How a module that owns a survey exports it: <see cref="Relabel"/> replaces the text of a question's answer (the
    /// quick scan writes the group instead of the exact role), <see cref="Include"/> leaves responses out, and without
    /// <see cref="SendTimes"/> the time a response was sent is not exported.
    /// </summary>
    internal sealed record Profile(bool SendTimes, Func<string, List<string>, string?>? Relabel = null, Func<ILookup<string, string>, bool>? Include = null)
    {
        public static readonly Profile Full = new(true);
    }

    public static async Task StreamAsync(HttpContext http, PleinDb db, Survey survey, string format, string fileName, Profile profile, CancellationToken ct)
    {
        TableExport.Start(http, format, fileName);
        var headers = Headers(survey);
        if (!profile.SendTimes) headers.RemoveAt(1);
        await TableExport.WriteAsync(http, format, headers, Rows(db, survey, profile, ct), ct);
    }

    private static List<string> Headers(Survey survey)
    {
        List<string> headers = ["Nummer", "Verstuurd"];
        if (!survey.Anonymous) headers.Add("Naam");
        foreach (var q in survey.Definition.Questions)
        {
            if (q.Type == QuestionType.Matrix) headers.AddRange(q.Rows.Select(r => $"{q.Text} – {r}"));
            else headers.Add(q.Text);
        }
        return headers;
    }

    private static async IAsyncEnumerable<object?[]> Rows(PleinDb db, Survey survey, Profile profile, [EnumeratorCancellation] CancellationToken ct)
    {
        var columns = survey.Definition.Questions.SelectMany(q => q.Type == QuestionType.Matrix
            ? Enumerable.Range(0, q.Rows.Count).Select(r => (Question: q, Row: r))
            : [(Question: q, Row: 0)]).ToList();
        var number = 0;
        DateTimeOffset? after = null;
        while (true)
        {
            var responses = db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == survey.Id && r.SubmittedAt != null);
            var batch = await Page((after is { } at ? responses.Where(r => r.SubmittedAt > at) : responses).OrderBy(r => r.SubmittedAt), db).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0) yield break;
            // Responses sent in at the very same instant as the last one belong in this batch too, or the next would skip them.
            var last = batch[^1].SubmittedAt;
            var seen = batch.Select(r => r.Id).ToList();
            batch.AddRange(await Page(responses.Where(r => r.SubmittedAt == last && !seen.Contains(r.Id)), db).ToListAsync(ct));
            after = last;
            var ids = batch.Select(r => r.Id).ToList();
            var answers = (await db.Set<SurveyAnswer>().AsNoTracking().Where(a => ids.Contains(a.ResponseId)).OrderBy(a => a.Id)
                    .Select(a => new { a.ResponseId, a.QuestionKey, a.Row, a.Value }).ToListAsync(ct))
                .ToLookup(a => a.ResponseId);
            foreach (var response in batch)
            {
                var mine = answers[response.Id].ToLookup(a => (a.QuestionKey, a.Row), a => a.Value);
                if (profile.Include is { } include && !include(answers[response.Id].ToLookup(a => a.QuestionKey, a => a.Value))) continue;
                var row = new List<object?> { ++number };
                if (profile.SendTimes) row.Add(response.SubmittedAt);
                if (!survey.Anonymous) row.Add(response.Name);
                row.AddRange(columns.Select(c => profile.Relabel?.Invoke(c.Question.Key, mine[(c.Question.Key, c.Row)].ToList())
                    ?? Cell(c.Question, mine[(c.Question.Key, c.Row)].ToList())));
                yield return row.ToArray();
            }
        }
    }

    private sealed record Sent(Guid Id, DateTimeOffset? SubmittedAt, string? Name);

    private static IQueryable<Sent> Page(IQueryable<SurveyResponse> responses, PleinDb db) => responses.Select(r => new Sent(r.Id, r.SubmittedAt,
        r.UserId == null ? null : db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).FirstOrDefault()));

    private static object? Cell(SurveyQuestion q, List<string> values)
    {
        if (values.Count == 0) return null;
        if (q.Type == QuestionType.Getal) return decimal.Parse(values[0], CultureInfo.InvariantCulture);
        if (!q.HasChoices) return values[0];
        return string.Join("; ", values.Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var i) && i < q.Choices.Count ? q.Choices[i] : v));
    }
}
