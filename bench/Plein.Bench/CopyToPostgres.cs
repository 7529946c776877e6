using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Plein.Data;
using Plein.Platform.Tenancy;

/// <summary>
/// The PostgreSQL run measures the same data as the SQLite run: the seeded SQLite file is copied, table by table, into a
/// fresh PostgreSQL database with Plein's migrations applied. Values go through both providers' EF value converters, so
/// a Guid, a date or an enum stored one way in SQLite arrives the way Plein on PostgreSQL stores it. The copy runs with
/// triggers and foreign-key checks off (the counts come along as they are); identity sequences move past the copied ids.
/// </summary>
internal static class CopyToPostgres
{
    public static async Task<string> RunAsync(string sqlitePath, string serverConnectionString, string database)
    {
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString);
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await Exec(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            await Exec(admin, $"CREATE DATABASE \"{database}\"");
        }
        server.Database = database;
        var target = server.ConnectionString;
        var pgOptions = new DbContextOptionsBuilder<PostgresPleinDb>().UseNpgsql(target).Options;
        await using var pg = new PostgresPleinDb(pgOptions);
        await pg.Database.MigrateAsync();
        var sqliteOptions = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={sqlitePath}").Options;
        await using var lite = new SqlitePleinDb(sqliteOptions);
        var liteTables = lite.Model.GetRelationalModel().Tables.ToDictionary(t => t.Name);
        var pgTables = pg.Model.GetRelationalModel().Tables.Where(t => liteTables.ContainsKey(t.Name)).ToList();

        await using var source = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly");
        await source.OpenAsync();
        await using var sink = new NpgsqlConnection(target);
        await sink.OpenAsync();
        await Exec(sink, "SET session_replication_role = replica");
        await Exec(sink, "TRUNCATE " + string.Join(", ", pgTables.Select(t => $"\"{t.Name}\"")) + " CASCADE");
        var extra = await TableExists(source, "BenchInserts");
        long rows = 0;
        foreach (var table in pgTables)
            rows += await CopyTableAsync(source, sink, liteTables[table.Name], table);
        foreach (var table in pgTables)
            foreach (var column in table.Columns.Where(c => c.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd
                && m.Property.ClrType is var t && (t == typeof(int) || t == typeof(long)))))
                await Exec(sink, $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', '{column.Name}'), COALESCE((SELECT MAX(\"{column.Name}\") FROM \"{table.Name}\"), 0) + 1, false)");
        if (extra) await Exec(sink, "CREATE TABLE \"BenchInserts\" (\"Id\" text NOT NULL PRIMARY KEY, \"At\" bigint NOT NULL)");
        await Exec(sink, "SET session_replication_role = origin");
        await Exec(sink, "ANALYZE");
        Console.WriteLine($"Copied {rows:N0} rows from SQLite into PostgreSQL database {database}");
        return target;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection sink, ITable lite, ITable pg)
    {
        var columns = pg.Columns.Where(c => lite.FindColumn(c.Name) is not null).ToList();
        var readers = columns.Select(c => Reader(lite.FindColumn(c.Name)!, c)).ToList();
        await using var command = source.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c.Name}\""))} FROM \"{lite.Name}\"";
        await using var reader = await command.ExecuteReaderAsync();
        await using var import = await sink.BeginBinaryImportAsync(
            $"COPY \"{pg.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (await reader.ReadAsync())
        {
            await import.StartRowAsync();
            for (var i = 0; i < columns.Count; i++)
            {
                if (await reader.IsDBNullAsync(i)) { await import.WriteNullAsync(); continue; }
                var (value, type) = readers[i](reader, i);
                if (value is null) await import.WriteNullAsync();
                else await import.WriteAsync(value, type);
            }
            rows++;
        }
        await import.CompleteAsync();
        return rows;
    }

    /// <summary>Reads one SQLite value as its model value, then writes it as PostgreSQL's provider value and type name.</summary>
    private static Func<SqliteDataReader, int, (object? Value, string Type)> Reader(IColumn lite, IColumn pg)
    {
        var liteMapping = lite.PropertyMappings[0].TypeMapping;
        var pgMapping = pg.PropertyMappings[0].TypeMapping;
        var providerType = Nullable.GetUnderlyingType(liteMapping.Converter?.ProviderClrType ?? liteMapping.ClrType) ?? (liteMapping.Converter?.ProviderClrType ?? liteMapping.ClrType);
        var storeType = pg.StoreType;
        var typeName = storeType.Contains('(', StringComparison.Ordinal) ? storeType[..storeType.IndexOf('(', StringComparison.Ordinal)].Trim() : storeType;
        var get = typeof(CopyToPostgres).GetMethod(nameof(Get), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(providerType).CreateDelegate<Func<SqliteDataReader, int, object?>>();
        return (reader, i) =>
        {
            var raw = get(reader, i);
            var model = liteMapping.Converter is { } from ? from.ConvertFromProvider(raw) : raw;
            var value = pgMapping.Converter is { } to ? to.ConvertToProvider(model) : model;
            return (value switch
            {
                DateTimeOffset d => d.ToUniversalTime(),
                DateTime d when typeName == "timestamp with time zone" => DateTime.SpecifyKind(d, DateTimeKind.Utc),
                _ => value,
            }, typeName);
        };
    }

    private static object? Get<T>(SqliteDataReader reader, int i) => reader.GetFieldValue<T>(i);

    private static async Task<bool> TableExists(SqliteConnection c, string name)
    {
        await using var command = c.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task Exec(NpgsqlConnection c, string sql)
    {
        await using var command = new NpgsqlCommand(sql, c) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
