using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Plein.Platform.Tenancy;

namespace Plein.Data;

internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default, one file under data/) or Postgres.</summary>
    public string Provider { get; set; } = "Sqlite";
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public static DatabaseOptions From(IConfiguration config) => config.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
}

internal static class DataModule
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = DatabaseOptions.From(config);
        if (options.IsPostgres)
        {
            var cs = WithPreparedStatements(options.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for Postgres."));
            services.AddPleinDb<PostgresPleinDb>(o => o.UseNpgsql(cs));
        }
        else
        {
            var cs = options.ConnectionString ?? DefaultSqlite(env.ContentRootPath);
            services.AddPleinDb<SqlitePleinDb>(o => o.UseSqlite(cs).AddInterceptors(SqliteBusyWait.Instance));
            services.AddHostedService(sp => new SqliteCheckpointer(cs, sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
        }
        return services;
    }

    /// <summary>A request's PleinDb is rented from EF's pool and handed the request's tenant (ADR 0041).</summary>
    private static void AddPleinDb<T>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure) where T : PleinDb
    {
        services.AddPooledDbContextFactory<T>(configure);
        services.AddScoped<PleinDb>(sp => sp.GetRequiredService<IDbContextFactory<T>>().CreateDbContext().For(sp.GetRequiredService<ITenantContext>()));
    }

    /// <summary>
    /// Npgsql prepares the statements a node runs most, so PostgreSQL parses and plans them once per connection instead
    /// of on every request (ADR 0041), unless the connection string sets it (Max Auto Prepare=0 behind a pooler that
    /// does not keep prepared statements, such as PgBouncer before 1.21 in transaction mode).
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        // Npgsql's own builder knows every keyword; the plain one holds only those the string sets.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 50 }.ConnectionString;
    }

    /// <summary>data/plein.db next to the repository root when run from src/Plein, else next to the app.</summary>
    private static string DefaultSqlite(string contentRoot)
    {
        var repoRoot = Path.GetFullPath(Path.Combine(contentRoot, "..", ".."));
        var dir = File.Exists(Path.Combine(repoRoot, "test.sh")) ? Path.Combine(repoRoot, "data") : Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "plein.db")}";
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            // WAL lets readers go on while the outbox sender or a seed writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await MigrationBaseline.AdoptAsync(db, ct);
        await db.Database.MigrateAsync(ct);
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePleinDb>
{
    public SqlitePleinDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPleinDb>
{
    public PostgresPleinDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPleinDb>().UseNpgsql("Host=localhost;Database=plein_design").Options);
}

/// <summary>
/// Writers on SQLite take turns. With a busy timeout SQLite itself waits for the lock in small steps; without one the
/// driver retries only after sleeping 150 ms, which made concurrent supports stall. In WAL mode, synchronous=NORMAL is
/// the documented safe setting: a power cut can lose the last commits, never corrupt the file. Checkpoints are the
/// background's work (<see cref="SqliteCheckpointer"/>).
/// </summary>
internal sealed class SqliteBusyWait : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqliteBusyWait Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) =>
        Set(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    /// <summary>The pool hands out the same native connections again; each needs its settings only once.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    private static void Set(System.Data.Common.DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle })
        {
            if (!Configured.TryAdd(handle, handle)) return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = " + SqliteCheckpointer.WriterCheckpointPages + ";";
        command.ExecuteNonQuery();
    }
}
