using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Plein.Data;

namespace Plein.Tests.Data;

/// <summary>ADR 0045: the log is copied back into the database file beside the writers, not in one writer's commit.</summary>
public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task CopiesTheLogIntoTheDatabaseFileWhileWritersLeaveItAlone()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plein-checkpoint-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path};Pooling=False";
        try
        {
            // Kept open: the last connection to close would checkpoint by itself.
            await using var writer = new SqliteConnection(connectionString);
            await writer.OpenAsync();
            await using (var command = writer.CreateCommand())
            {
                // As the app's connections are set: WAL, and no checkpoint in a writer's commit below 10,000 pages.
                command.CommandText = $"""
                    PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = {SqliteCheckpointer.WriterCheckpointPages};
                    CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Body TEXT NOT NULL);
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO Rows (Body) SELECT printf('%.500c', 'x') FROM n;
                    """;
                await command.ExecuteNonQueryAsync();
            }
            var inLog = new FileInfo(path).Length;
            Assert.True(new FileInfo(path + "-wal").Length > 1_000_000, "the rows are in the log");

            using var checkpointer = new SqliteCheckpointer(connectionString, NullLogger<SqliteCheckpointer>.Instance);
            await checkpointer.StartAsync(CancellationToken.None);
            var copied = false;
            for (var i = 0; i < 50 && !copied; i++)
            {
                await Task.Delay(100);
                copied = new FileInfo(path).Length > 1_000_000;
            }
            await checkpointer.StopAsync(CancellationToken.None);
            Assert.True(inLog < 100_000, "before, the database file held only its first pages");
            Assert.True(copied, "the background copied the log into the database file");
            await writer.CloseAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }
}
