using Microsoft.Data.Sqlite;
using Npgsql;

namespace Plein.Tests.Support;

/// <summary>
/// A database of its own: a temporary SQLite file, or a fresh database on the PostgreSQL server that ./test.sh starts
/// (PLEIN_TEST_POSTGRES). Gone again on Dispose. The fault tests link this file.
/// </summary>
public sealed class ThrowawayDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("PLEIN_TEST_POSTGRES");

    private readonly string? sqliteFile;
    private readonly string? postgresDatabase;

    public bool IsPostgres => postgresDatabase is not null;
    public string ConnectionString { get; }

    /// <param name="name">The start of the file or database name, so a left-over one says where it came from.</param>
    public ThrowawayDatabase(string provider, string name)
    {
        if (provider == Postgres)
        {
            var server = PostgresServer ?? throw new InvalidOperationException("PLEIN_TEST_POSTGRES is not set: run ./test.sh.");
            postgresDatabase = $"{name}_{Guid.NewGuid():N}"[..(name.Length + 13)];
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {postgresDatabase}", admin);
            create.ExecuteNonQuery();
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString;
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"{name.Replace('_', '-')}-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={sqliteFile}";
        }
    }

    public void Dispose()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" }) File.Delete(f);
        }
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(PostgresServer);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}
