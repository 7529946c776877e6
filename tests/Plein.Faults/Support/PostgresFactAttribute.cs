namespace Plein.Faults.Support;

/// <summary>A test on PostgreSQL: skipped, saying why, when no server is given (./test.sh always gives one).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (FaultDatabase.PostgresServer is null) Skip = "PLEIN_TEST_POSTGRES is not set: run ./test.sh, which starts a PostgreSQL server for these tests.";
    }
}
