namespace Plein.Platform.Jobs;

/// <summary>Work that runs at start and then on every tick (announcements, reminders); a failed round is logged and retried next tick.</summary>
internal abstract class PeriodicService(TimeProvider clock, ILogger log, TimeSpan interval, string work) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    /// <summary>How long after start the first run waits: heavy daily work should not compete with start-up.</summary>
    protected virtual TimeSpan FirstRunDelay => TimeSpan.Zero;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (FirstRunDelay > TimeSpan.Zero)
        {
            try { await Task.Delay(FirstRunDelay, Clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
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
