using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;

namespace Plein.Tests.Support;

/// <summary>
/// Plein on real Kestrel with its own database: a temporary SQLite file, or a fresh database on the PostgreSQL
/// server that ./test.sh starts (PLEIN_TEST_POSTGRES). Mail goes over SMTP to an in-process server.
/// </summary>
public sealed class PleinApp : WebApplicationFactory<Program>
{
    public const string Sqlite = ThrowawayDatabase.Sqlite;
    public const string Postgres = ThrowawayDatabase.Postgres;
    public static readonly string? PostgresServer = ThrowawayDatabase.PostgresServer;

    private readonly ThrowawayDatabase database;
    private readonly Dictionary<string, string?> settings;

    public string Provider { get; }
    /// <summary>Every log line, at every level (debug included), when the app was made with captureLogs.</summary>
    public CollectedLogs? Logs { get; }
    public TestSmtpServer Smtp { get; } = new();

    private readonly string environment;

    public PleinApp(string provider, IDictionary<string, string?>? extraSettings = null, bool captureLogs = false, string environment = "Testing")
    {
        Provider = provider;
        this.environment = environment;
        if (captureLogs) Logs = new CollectedLogs();
        database = new ThrowawayDatabase(provider, "plein_test");
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider == Postgres ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Plein:SeedDemoData"] = "true",
            ["Mail:Mode"] = "Smtp",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:PollInterval"] = "00:00:00.200",
            ["RateLimits:AccountPostsPerMinute"] = "100000",
            ["RateLimits:ApiRequestsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in extraSettings ?? new Dictionary<string, string?>()) settings[k] = v;
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (Logs is not null)
            builder.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<CollectedLogs>(null, LogLevel.Debug));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>The real address Kestrel listens on.</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A client of its own over TCP, with cookies, that does not follow redirects (so tests can see them).</summary>
    public HtmlClient Client() => new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress });

    /// <summary>A database context outside any request: no tenant, so only national queries see tenant rows.</summary>
    internal T WithDb<T>(Func<PleinDb, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<PleinDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Smtp.Dispose();
        database.Dispose();
    }
}

/// <summary>One app per provider, shared by every integration test (starting Plein and migrating takes seconds).</summary>
public sealed class Apps : IDisposable
{
    private readonly Dictionary<string, Lazy<PleinApp>> apps = new()
    {
        [PleinApp.Sqlite] = new(() => new PleinApp(PleinApp.Sqlite)),
        [PleinApp.Postgres] = new(() => new PleinApp(PleinApp.Postgres)),
    };

    public PleinApp this[string provider] => apps[provider].Value;

    /// <summary>Theory data: SQLite always, PostgreSQL when ./test.sh provides a server.</summary>
    public static TheoryData<string> Providers =>
        PostgresServer is null ? new TheoryData<string>(PleinApp.Sqlite) : new TheoryData<string>(PleinApp.Sqlite, PleinApp.Postgres);

    private static string? PostgresServer => PleinApp.PostgresServer;

    public void Dispose()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated)) app.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<Apps>
{
    public const string Name = "Plein";
}
