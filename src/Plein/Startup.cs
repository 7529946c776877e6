using Microsoft.Extensions.Options;
using Plein.Data;
using Plein.Platform;
using Plein.Platform.Tenancy;

namespace Plein;

/// <summary>What happens before Plein serves: migrations, the national register and, when asked, demo data.</summary>
internal static class Startup
{
    /// <summary>The platform's own commands and the modules' (<see cref="ICommand"/>); known before the host is built.</summary>
    private static readonly string[] Commands = ["migrate", "seed", "tally"];

    public static (string? Command, string[] HostArgs) SplitCommand(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0]) ? (args[0], args[1..]) : (null, args);

    public static async Task<int> RunCommandAsync(WebApplication app, string command, string[] args)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (scope.ServiceProvider.GetServices<ICommand>().FirstOrDefault(c => c.Name == command) is { } module)
            {
                await DataModule.MigrateAsync(app.Services);
                return await module.RunAsync(args, CancellationToken.None);
            }
        }
        if (command == "migrate")
        {
            Console.WriteLine("Database bijwerken...");
            await DataModule.MigrateAsync(app.Services);
            Console.WriteLine("Klaar.");
            return 0;
        }
        if (!app.Environment.AllowsDemoData())
        {
            Console.Error.WriteLine($"Demodata (met openbare wachtwoorden) mag niet in de omgeving '{app.Environment.EnvironmentName}'. Alleen Development, Testing of Demo.");
            return 1;
        }
        await PrepareDatabaseAsync(app, showProgress: true, forceDemo: true);
        return 0;
    }

    /// <param name="inBackground">Seed the demo's content after Plein starts serving (a fresh start in Development).</param>
    public static async Task PrepareDatabaseAsync(WebApplication app, bool showProgress, bool forceDemo = false, bool inBackground = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using (await StartupLock.TakeAsync(app.Configuration))
        {
            await DataModule.MigrateAsync(app.Services);
            var register = scope.ServiceProvider.GetRequiredService<OrganisationRegister>();
            await register.SeedAsync(showProgress ? new ConsoleProgress("Register van organisaties") : null);
            await SeedReferenceDataAsync(app.Services, scope.ServiceProvider.GetServices<IReferenceData>().Select(d => d.GetType()).ToList());
        }
        if (app.Environment.AllowsDemoData() && (forceDemo || app.Services.GetRequiredService<IOptions<PleinOptions>>().Value.SeedDemoData))
        {
            if (await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(new ConsoleProgress("Demogebruikers")) == 0) return;
            if (!inBackground)
            {
                await SeedDemoContentAsync(app.Services, CancellationToken.None);
                return;
            }
            // Plein serves from here; the demo's processes, meetings and reports follow within a second or two. They
            // wait for the first page to be sent (or two seconds): on two cores they would slow that page down by a second.
            var firstPage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            app.Use(async (context, next) =>
            {
                await next(context);
                if (!firstPage.Task.IsCompleted) firstPage.TrySetResult();
            });
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
            {
                try
                {
                    await Task.WhenAny(firstPage.Task, Task.Delay(TimeSpan.FromSeconds(2), app.Lifetime.ApplicationStopping));
                    await SeedDemoContentAsync(app.Services, app.Lifetime.ApplicationStopping);
                    Console.WriteLine("Demo-inhoud geladen.");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    app.Services.GetRequiredService<ILogger<Program>>().LogError(e, "Demo content could not be loaded");
                }
            }));
        }
    }

    /// <summary>Each module's reference data in its own scope, side by side: they touch different tables.</summary>
    private static Task SeedReferenceDataAsync(IServiceProvider services, IReadOnlyList<Type> types) =>
        Parallel.ForEachAsync(types, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (type, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetServices<IReferenceData>().Single(d => d.GetType() == type).SeedAsync(ct);
        });

    /// <summary>
    /// Modules' demo content in parallel, each in its own scope: most of a fresh start is the first run of each module's
    /// code and queries, which two cores do side by side. Writes still take turns (SQLite waits for its lock).
    /// </summary>
    private static async Task SeedDemoContentAsync(IServiceProvider services, CancellationToken cancel)
    {
        await using var stages = services.CreateAsyncScope();
        var byStage = stages.ServiceProvider.GetServices<IDemoContent>().GroupBy(c => c.Stage).OrderBy(g => g.Key).Select(g => g.Select(c => c.GetType()).ToList()).ToList();
        foreach (var stage in byStage)
        {
            await Parallel.ForEachAsync(stage, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, async (type, ct) =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetServices<IDemoContent>().Single(c => c.GetType() == type).SeedAsync(ct);
            });
        }
    }

    public static void PrintWelcome(WebApplication app)
    {
        var url = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"Plein draait op {url}");
        if (!app.Environment.AllowsDemoData() || !app.Services.GetRequiredService<IOptions<PleinOptions>>().Value.SeedDemoData) return;
        Console.WriteLine($"Demo-logins (wachtwoord '{DemoData.Password}'), bijvoorbeeld:");
        foreach (var (_, shortName) in DemoData.Organisations)
            Console.WriteLine($"  {DemoData.EmailFor("inwoner", shortName),-48} {DemoData.EmailFor("beheerder", shortName)}");
        Console.WriteLine($"Beheerders, griffiers en programmamedewerkers loggen in met een tweede stap: sleutel {DemoData.AuthenticatorKey}.");
    }
}

/// <summary>A progress bar on the command line; silent when output is redirected to a file.</summary>
internal sealed class ConsoleProgress(string label) : IProgress<(int Done, int Total)>
{
    private int lastPercent = -1;

    public void Report((int Done, int Total) value)
    {
        var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
        if (percent == lastPercent) return;
        lastPercent = percent;
        var filled = percent / 5;
        var bar = new string('#', filled) + new string('-', 20 - filled);
        if (Console.IsOutputRedirected)
        {
            if (percent == 100) Console.WriteLine($"{label}: {value.Done}/{value.Total}");
            return;
        }
        Console.Write($"\r{label,-28} [{bar}] {percent,3}% ({value.Done}/{value.Total})");
        if (percent == 100) Console.WriteLine();
    }
}
