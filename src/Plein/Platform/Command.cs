namespace Plein.Platform;

/// <summary>A command line task a module offers, run as <c>dotnet run --project src/Plein -- NAME ARGS</c> instead of serving.</summary>
internal interface ICommand
{
    string Name { get; }

    Task<int> RunAsync(string[] args, CancellationToken ct);
}
