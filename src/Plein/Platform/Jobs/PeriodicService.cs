namespace Plein.Platform.Jobs;

/// <summary>Work that runs at start and then on every tick (announcements, reminders); a failed round is logged and retried next tick.</summary>
internal abstract class PeriodicService(TimeProvider clock, ILogger log, TimeSpan interval, string work) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Clock);
        do
        {
            try { await RunAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "{Work} failed", work); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Does what is due; returns how many items it handled.</summary>
    public abstract Task<int> RunAsync(CancellationToken ct);
}
