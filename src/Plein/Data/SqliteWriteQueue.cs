using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Plein.Data;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the lock taken sleeps in steps of 1, 2, 5, 10 ms
/// (busy_timeout) even when the lock comes free a tenth of a millisecond later. The busiest writes in this process
/// (ballots, supports) take turns here instead (ADR 0042): one loop runs the waiting writes one after the other, so the
/// next starts the moment the one before it is done, without first waiting for a free thread. On PostgreSQL, which
/// locks rows, they do not wait for each other.
/// </summary>
internal sealed class SqliteWriteQueue
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<Turn> waiting = new();
    private int draining;

    /// <summary>Runs the write in this process's turn on SQLite; not to be nested.</summary>
    public async Task<T> RunAsync<T>(PleinDb db, Func<Task<T>> write, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return await write();
        var turn = new Turn<T>(write);
        waiting.Enqueue(turn);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0) _ = Task.Run(DrainAsync, CancellationToken.None);
        try
        {
            return await turn.Done.Task.WaitAsync(Wait, ct);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Already running: its outcome is the request's.
            if (!turn.Abandon()) return await turn.Done.Task;
            // As long as SQLite's own busy_timeout at most; then it writes without its turn, and SQLite decides as before.
            if (e is TimeoutException) return await write();
            throw;
        }
    }

    private async Task DrainAsync()
    {
        do
        {
            while (waiting.TryDequeue(out var turn))
                if (turn.Take()) await turn.RunAsync();
            Volatile.Write(ref draining, 0);
        }
        // A write queued between the last look and letting go would otherwise wait for the next one to come.
        while (!waiting.IsEmpty && Interlocked.CompareExchange(ref draining, 1, 0) == 0);
    }

    private abstract class Turn
    {
        private const int Waiting = 0, Taken = 1, Abandoned = 2;
        private int state;

        public bool Take() => Interlocked.CompareExchange(ref state, Taken, Waiting) == Waiting;

        public bool Abandon() => Interlocked.CompareExchange(ref state, Abandoned, Waiting) == Waiting;

        public abstract Task RunAsync();
    }

    /// <summary>A write and the request's context (its logging scope, its trace), in which the loop runs it.</summary>
    private sealed class Turn<T>(Func<Task<T>> write) : Turn
    {
        private readonly ExecutionContext? context = ExecutionContext.Capture();

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task RunAsync()
        {
            try
            {
                Task<T>? started = null;
                if (context is null) started = write();
                else ExecutionContext.Run(context, _ => started = write(), null);
                Done.SetResult(await started!);
            }
            catch (Exception e)
            {
                Done.SetException(e);
            }
        }
    }
}
