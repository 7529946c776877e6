using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.Tests.Support;

namespace Plein.Faults.Support;

/// <summary>
/// A throwaway database for one fault test, migrated and given the national register before Plein starts, so the test
/// can seed first; read afterwards with Plein's own model.
/// </summary>
public sealed class FaultDatabase : IDisposable
{
    public const string Sqlite = ThrowawayDatabase.Sqlite;
    public const string Postgres = ThrowawayDatabase.Postgres;
    public static readonly string? PostgresServer = ThrowawayDatabase.PostgresServer;

    private readonly ThrowawayDatabase database;

    public bool IsPostgres => database.IsPostgres;
    public string ConnectionString => database.ConnectionString;
    /// <summary>Plein's pseudonym key (Plein:PseudonymKey), from which it derives the voting-code hashes.</summary>
    public byte[] MasterKey { get; } = RandomNumberGenerator.GetBytes(32);
    public Guid Zwolle { get; private set; }

    private FaultDatabase(string provider) => database = new ThrowawayDatabase(provider, "plein_fault");

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
        PleinDb db = IsPostgres
            ? new PostgresPleinDb(new DbContextOptionsBuilder<PostgresPleinDb>().UseNpgsql(ConnectionString).Options)
            : new SqlitePleinDb(new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite(ConnectionString).Options);
        return db.For(tenant);
    }

    internal async Task<PleinDb> OpenZwolleAsync()
    {
        await using var national = Open();
        var zwolle = await national.Organisations.AsNoTracking().SingleAsync(o => o.Id == Zwolle);
        return Open(zwolle);
    }

    public void Dispose() => database.Dispose();
}
