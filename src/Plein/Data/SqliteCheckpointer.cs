using Microsoft.Data.Sqlite;

namespace Plein.Data;

/// <summary>
/// SQLite appends commits to its write-ahead log and copies the log back into the database file (a checkpoint) in
/// the commit that takes the log past 1,000 pages, while that writer holds the write lock: every write waits for it.
/// Here one connection of its own checkpoints a few times a second, beside the writers and without blocking them
/// (PASSIVE); a writer checkpoints itself only when this one has fallen far behind (ADR 0045).
/// </summary>
internal sealed class SqliteCheckpointer(string connectionString, ILogger<SqliteCheckpointer> log) : BackgroundService
{
    /// <summary>The log size (pages of 4 KB) at which a writer checkpoints after all, as a fallback.</summary>
    public const int WriterCheckpointPages = 10_000;

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        await using var connection = new SqliteConnection(connectionString);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Checkpoint(connection);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Checkpoint(SqliteConnection connection)
    {
        try
        {
            if (connection.State != System.Data.ConnectionState.Open) connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            // The writers' own checkpoint still bounds the log; the next tick tries again.
            log.LogWarning(e, "Background checkpoint failed");
            connection.Close();
        }
    }
}
