using System.Globalization;
using Plein.Platform;

namespace Plein.Budgeting.Results;

/// <summary><c>dotnet run -- tally BUDGET-ID</c>: recounts a budget from the stored ballots and prints the result with both hashes.</summary>
internal sealed class TallyCommand(Tally tally) : ICommand
{
    public string Name => "tally";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        if (args.Length != 1 || !Guid.TryParse(args[0], out var id))
        {
            Console.Error.WriteLine("Gebruik: tally <id van het budget>");
            return 2;
        }
        if (await tally.RunAsync(id, ct) is not { } outcome)
        {
            Console.Error.WriteLine($"Er is geen budget met id {id}.");
            return 1;
        }
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        Console.WriteLine($"{outcome.Budget.Title}: {outcome.Ballots} stembiljetten, budget {outcome.Budget.Total.ToString("C", nl)}, besteed {outcome.Spent.ToString("C", nl)}");
        foreach (var p in outcome.Projects)
            Console.WriteLine($"  {(p.Funded ? "gekozen    " : "niet gekozen")}  {p.Votes,8} stemmen  {p.Cost.ToString("C", nl),14}  {p.Title}  ({p.Id})");
        Console.WriteLine($"Hash van de invoer:   {outcome.InputHash}");
        Console.WriteLine($"Hash van de uitslag:  {outcome.ResultHash}");
        return 0;
    }
}
