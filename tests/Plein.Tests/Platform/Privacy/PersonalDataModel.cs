using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Privacy;

namespace Plein.Tests.Platform.Privacy;

/// <summary>
/// Reads the EF model for the columns that point to a person, and reads and writes them with plain SQL, so the privacy
/// tests cover every table, also one a module adds tomorrow.
/// </summary>
internal static partial class PersonalDataModel
{
    [GeneratedRegex("(UserId|By|^AuthorId|^ChallengerId|^HandlerId|^ActorId|^AssessorId)$")]
    private static partial Regex UserLikeName();

    internal sealed record Column(IEntityType Entity, string Table, string Name, IProperty Property)
    {
        public override string ToString() => $"{Entity.ClrType.Name}.{Property.Name}";
    }

    /// <summary>Guid columns holding an account id: a foreign key to the account, or named like one (AuthorId, RecordedBy ...).</summary>
    public static IReadOnlyList<Column> UserColumns(PleinDb db) =>
        [.. Columns(db).Where(c => (Nullable.GetUnderlyingType(c.Property.ClrType) ?? c.Property.ClrType) == typeof(Guid)
            && !c.Property.IsPrimaryKey()
            && (c.Property.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(PleinUser)) || UserLikeName().IsMatch(c.Property.Name)))];

    /// <summary>Every column whose stored value is text (JSON columns included).</summary>
    public static IReadOnlyList<Column> TextColumns(PleinDb db) =>
        [.. Columns(db).Where(c => (c.Property.GetTypeMapping().Converter?.ProviderClrType ?? c.Property.ClrType) == typeof(string))];

    public static IReadOnlyList<Column> GuidColumns(PleinDb db) =>
        [.. Columns(db).Where(c => (Nullable.GetUnderlyingType(c.Property.ClrType) ?? c.Property.ClrType) == typeof(Guid))];

    private static IEnumerable<Column> Columns(PleinDb db)
    {
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var p in entity.GetProperties())
                if (p.GetColumnName(store) is { } column) yield return new Column(entity, table, column, p);
        }
    }

    /// <summary>The entity types the modules' processing registers name.</summary>
    public static IReadOnlyList<ProcessingActivity> Activities(IServiceProvider services) =>
        [.. services.GetServices<IProcessingRegister>().SelectMany(r => r.Activities)];

    public static string Quote(PleinDb db, string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A Guid as the provider stores it: SQLite keeps upper-case text.</summary>
    public static object Value(PleinDb db, Guid id) => db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id;

    public static async Task<int> CountAsync(PleinDb db, Column c, Guid id)
    {
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM {Quote(db, c.Table)} WHERE {Quote(db, c.Name)} = {{0}}";
        return await db.Database.SqlQueryRaw<int>(sql, Value(db, id)).SingleAsync();
    }

    /// <summary>How many rows of the column contain <paramref name="text"/>, ignoring case.</summary>
    public static async Task<int> CountContainingAsync(PleinDb db, Column c, string text)
    {
        var column = db.Database.IsSqlite() ? $"lower({Quote(db, c.Name)})" : $"lower(CAST({Quote(db, c.Name)} AS text))";
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM {Quote(db, c.Table)} WHERE {column} LIKE {{0}}";
        return await db.Database.SqlQueryRaw<int>(sql, "%" + text.ToLowerInvariant() + "%").SingleAsync();
    }

    public static async Task<int> RowsAsync(PleinDb db, string table)
    {
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM {Quote(db, table)}";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }
}
