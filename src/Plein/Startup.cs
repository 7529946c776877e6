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

    public static async Task PrepareDatabaseAsync(WebApplication app, bool showProgress, bool forceDemo = false)
    {
        await DataModule.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<OrganisationRegister>();
        await register.SeedAsync(showProgress ? new ConsoleProgress("Register van organisaties") : null);
        foreach (var data in scope.ServiceProvider.GetServices<IReferenceData>()) await data.SeedAsync(CancellationToken.None);
        if (app.Environment.AllowsDemoData() && (forceDemo || app.Services.GetRequiredService<IOptions<PleinOptions>>().Value.SeedDemoData))
        {
            if (await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(new ConsoleProgress("Demogebruikers")) > 0)
                await SeedDemoContentAsync(app.Services, scope.ServiceProvider.GetServices<IDemoContent>().ToList());
        }
    }

    /// <summary>
    /// Modules' demo content in parallel, each in its own scope: most of a fresh start is the first run of each module's
    /// code and queries, which two cores do side by side. Writes still take turns (SQLite waits for its lock).
    /// </summary>
    private static async Task SeedDemoContentAsync(IServiceProvider services, IReadOnlyList<IDemoContent> contents)
    {
        foreach (var stage in contents.GroupBy(c => c.Stage).OrderBy(g => g.Key))
        {
            await Parallel.ForEachAsync(stage.Select(c => c.GetType()), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (type, ct) =>
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
