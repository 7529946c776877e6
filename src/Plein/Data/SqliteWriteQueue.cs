using Microsoft.EntityFrameworkCore;

namespace Plein.Data;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the lock taken sleeps in steps of 1, 2, 5, 10 ms
/// (busy_timeout) even when the lock comes free a tenth of a millisecond later. The busiest writes in this process
/// (ballots, supports) take turns here instead, so the next starts the moment the one before it is done (ADR 0042).
/// On PostgreSQL, which locks rows, they do not wait for each other.
/// </summary>
internal sealed class SqliteWriteQueue : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Runs the write in this process's turn on SQLite; not to be nested.</summary>
    public async Task<T> RunAsync<T>(PleinDb db, Func<Task<T>> write, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return await write();
        // As long as SQLite's own busy_timeout at most; then it writes without its turn, and SQLite decides as before.
        var mine = await turn.WaitAsync(Wait, ct);
        try
        {
            return await write();
        }
        finally
        {
            if (mine) turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}
