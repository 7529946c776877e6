using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Jobs;

/// <summary>Starts waiting jobs (woken at once by <see cref="JobSignal"/>, else every few seconds), one at a time per node.</summary>
internal sealed class JobRunner(IServiceScopeFactory scopes, JobSignal signal, TimeProvider clock, ILogger<JobRunner> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await GiveUpStaleAsync(stoppingToken);
                while (await RunNextAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Job round failed"); }
            await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
        }
    }

    /// <summary>Claims and runs the oldest waiting job; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        Guid id;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            // Waiting jobs of every organisation: national by design; each then runs inside its own organisation.
            var next = await db.National<BackgroundJob>().Where(j => j.State == JobState.Wachtend).OrderBy(j => j.CreatedAt).Select(j => j.Id).FirstOrDefaultAsync(ct);
            if (next == Guid.Empty) return false;
            var now = clock.GetUtcNow();
            var claimed = await db.National<BackgroundJob>().Where(j => j.Id == next && j.State == JobState.Wachtend)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Bezig).SetProperty(j => j.StartedAt, now), ct);
            if (claimed == 0) return true;
            id = next;
        }
        await using var work = scopes.CreateAsyncScope();
        var jobs = work.ServiceProvider.GetRequiredService<PleinDb>();
        var job = await jobs.National<BackgroundJob>().AsNoTracking().FirstAsync(j => j.Id == id, ct);
        work.ServiceProvider.GetRequiredService<TenantContext>().Organisation = await jobs.Organisations.AsNoTracking().FirstAsync(o => o.Id == job.OrganisationId, ct);
        var handler = work.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
        string message;
        var state = JobState.Klaar;
        try
        {
            message = handler is null ? throw new InvalidOperationException($"No handler for {job.Kind}") : await handler.RunAsync(job, (done, total) => ProgressAsync(id, done, total, ct), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Job {Id} ({Kind}) failed", id, job.Kind);
            (state, message) = (JobState.Mislukt, e is JobFailed failed ? failed.Message : "Er ging iets mis. Probeer het opnieuw of neem contact op met de beheerder.");
        }
        var finished = clock.GetUtcNow();
        await using var end = scopes.CreateAsyncScope();
        // Even when the node is stopping: the person should not watch "bezig" forever.
        await end.ServiceProvider.GetRequiredService<PleinDb>().National<BackgroundJob>().Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, state).SetProperty(j => j.Message, message).SetProperty(j => j.FinishedAt, finished), CancellationToken.None);
        return true;
    }

    /// <summary>A job whose node died stays "bezig"; after an hour it is reported as interrupted, so the person can start again.</summary>
    private async Task GiveUpStaleAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddHours(-1);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PleinDb>().National<BackgroundJob>().Where(j => j.State == JobState.Bezig && j.StartedAt < before)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Mislukt).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Message, "Het werk is onderbroken. Probeer het opnieuw."), ct);
    }

    private async Task ProgressAsync(Guid id, int done, int total, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PleinDb>().National<BackgroundJob>().Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Done, done).SetProperty(j => j.Total, total), ct);
    }
}

/// <summary>A failure the person should read on the status page, in Dutch.</summary>
internal sealed class JobFailed(string message) : Exception(message);

internal sealed class JobSignal : WakeSignal;
