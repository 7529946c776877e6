using Plein.Tests.Support;

namespace Plein.Tests.Platform.Privacy;

/// <summary>
/// Plein apps of their own for the privacy tests: they point demo rows of every table at one account and purge with a
/// clock years ahead, which would pull the shared demo data from under other tests.
/// </summary>
public sealed class PrivacyApps : IDisposable
{
    private readonly Dictionary<string, Lazy<PleinApp>> apps = new()
    {
        [PleinApp.Sqlite] = new(() => new PleinApp(PleinApp.Sqlite)),
        [PleinApp.Postgres] = new(() => new PleinApp(PleinApp.Postgres)),
    };

    public PleinApp this[string provider] => apps[provider].Value;

    public void Dispose()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated)) app.Value.Dispose();
    }
}
