using Plein.Data;

namespace Plein.Tests.Data;

/// <summary>ADR 0041: on PostgreSQL, Npgsql prepares the most used statements unless the connection string says otherwise.</summary>
public sealed class PreparedStatementsTests
{
    [Fact]
    public void AConnectionStringWithoutASettingPreparesFiftyStatements() =>
        Assert.Equal(50, new Npgsql.NpgsqlConnectionStringBuilder(DataModule.WithPreparedStatements("Host=db;Database=plein;Username=plein")).MaxAutoPrepare);

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Max Auto Prepare=7", 7)]
    public void ASettingInTheConnectionStringIsKept(string connectionString, int expected) =>
        Assert.Equal(expected, new Npgsql.NpgsqlConnectionStringBuilder(DataModule.WithPreparedStatements(connectionString)).MaxAutoPrepare);
}
