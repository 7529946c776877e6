using System.Data.Common;

namespace Plein.Data;

/// <summary>
/// A database that cannot be reached right now (down, restarting, the network cut, SQLite locked past its wait): the
/// request gets 503 with Retry-After instead of 500, and the next request after recovery simply works (ADR 0038).
/// </summary>
internal static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 30;

    /// <summary>True when the error, or one it wraps (EF's execution strategy wraps Npgsql's), is a transient database failure.</summary>
    public static bool Is(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            // SQLite's busy and locked (5, 6) after its busy wait, whether or not the driver calls them transient.
            if (e is DbException { IsTransient: true } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }) return true;
        return false;
    }

    public static void AddRetryAfter(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
