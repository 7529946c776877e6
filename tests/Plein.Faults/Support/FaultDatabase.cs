using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Faults.Support;

/// <summary>
/// A database of its own for one test: a temporary SQLite file, or a fresh database on the PostgreSQL server that
/// ./test.sh starts (PLEIN_TEST_POSTGRES). Migrated and given the national register before Plein starts, so the test can
/// seed first; read afterwards with Plein's own model.
/// </summary>
public sealed class FaultDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("PLEIN_TEST_POSTGRES");

    private readonly string? sqliteFile;
    private readonly string? postgresDatabase;

    public bool IsPostgres => postgresDatabase is not null;
    public string ConnectionString { get; }
    /// <summary>Plein's pseudonym key (Plein:PseudonymKey), from which it derives the voting-code hashes.</summary>
    public byte[] MasterKey { get; } = RandomNumberGenerator.GetBytes(32);
    public Guid Zwolle { get; private set; }

    private FaultDatabase(string provider)
    {
        if (provider == Postgres)
        {
            var server = PostgresServer ?? throw new InvalidOperationException("PLEIN_TEST_POSTGRES is not set: run ./test.sh.");
            postgresDatabase = "plein_fault_" + Guid.NewGuid().ToString("N")[..12];
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {postgresDatabase}", admin);
            create.ExecuteNonQuery();
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString;
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"plein-fault-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={sqliteFile}";
        }
    }

    public static async Task<FaultDatabase> CreateAsync(string provider)
    {
        var database = new FaultDatabase(provider);
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        await new OrganisationRegister(db, TimeProvider.System).SeedAsync();
        database.Zwolle = await db.Organisations.Where(o => o.Slug == "zwolle").Select(o => o.Id).SingleAsync();
        return database;
    }

    /// <summary>Plein's model on this database, inside one organisation (or none: only national reads).</summary>
    internal PleinDb Open(Organisation? organisation = null)
    {
        var tenant = new TenantContext { Organisation = organisation };
        return IsPostgres
            ? new PostgresPleinDb(new DbContextOptionsBuilder<PostgresPleinDb>().UseNpgsql(ConnectionString).Options, tenant)
            : new SqlitePleinDb(new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite(ConnectionString).Options, tenant);
    }

    internal async Task<PleinDb> OpenZwolleAsync()
    {
        await using var national = Open();
        var zwolle = await national.Organisations.AsNoTracking().SingleAsync(o => o.Id == Zwolle);
        return Open(zwolle);
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
