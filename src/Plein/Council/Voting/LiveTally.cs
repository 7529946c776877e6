using System.Text.Json;

namespace Plein.Council.Voting;

/// <summary>
/// Server-sent events with the count of a running vote, for the tally on the meeting room and vote pages. It reads
/// the database each second, so it works the same with several Plein nodes; it stops when the vote closes.
/// </summary>
internal static class LiveTally
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public static void MapLiveTally(this WebApplication app) =>
        app.MapGet("/{org}/raad/stemmingen/{id:guid}/live", async (HttpContext http, VoteRecords records, TimeProvider clock, Guid id, CancellationToken ct) =>
        {
            if (await records.CountsAsync(id, ct) is not { } counts) return Results.NotFound();
            http.Response.Headers.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            var until = clock.GetUtcNow() + Longest;
            VoteCounts? sent = null;
            try
            {
                while (!ct.IsCancellationRequested && clock.GetUtcNow() < until)
                {
                    if (counts != sent)
                    {
                        var data = JsonSerializer.Serialize(new { voor = counts.Voor, tegen = counts.Tegen, onthouden = counts.Onthouden, uitgebracht = counts.Cast, gesloten = counts.Closed });
                        await http.Response.WriteAsync($"data: {data}\n\n", ct);
                        await http.Response.Body.FlushAsync(ct);
                        sent = counts;
                    }
                    if (counts.Closed) break;
                    await Task.Delay(Interval, clock, ct);
                    counts = await records.CountsAsync(id, ct) ?? counts;
                }
            }
            catch (OperationCanceledException) { }  // the reader left
            return Results.Empty;
        }).RequireRateLimiting(Platform.Security.RateLimits.Live).ExcludeFromDescription();
}
