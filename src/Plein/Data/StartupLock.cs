using Npgsql;

namespace Plein.Data;

/// <summary>
/// Two Plein nodes that start at once on one PostgreSQL database would both seed the register and the reference data,
/// and one would stop on a unique index. A session-level advisory lock lets one node seed while the other waits and then
/// finds everything in place. SQLite has one node by design: nothing to take.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 0x506C65696E; // "Plein"
    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> TakeAsync(IConfiguration config, CancellationToken ct = default)
    {
        var options = DatabaseOptions.From(config);
        if (!options.IsPostgres) return new StartupLock(null);
        var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null) return;
        // Closing the session releases the lock; unlocking first returns the connection to the pool clean.
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection)) await command.ExecuteNonQueryAsync();
        await connection.DisposeAsync();
    }
}
