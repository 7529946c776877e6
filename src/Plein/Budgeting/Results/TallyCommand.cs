using System.Globalization;
using Plein.Platform;

namespace Plein.Budgeting.Results;

/// <summary>
/// <c>dotnet run -- tally BUDGET-ID</c>: recounts a budget from the stored ballots and prints the result with both hashes;
/// in a round with budgets per wijk, every budget of the round follows, each with its own hashes.
/// </summary>
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
        if (await tally.RunRoundAsync(id, ct) is not { } round)
        {
            Console.Error.WriteLine($"Er is geen budget met id {id}.");
            return 1;
        }
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        // The asked budget first; the other budgets of its round (city-wide and per wijk) follow, each with its own hashes.
        foreach (var (area, outcome) in round.OrderBy(o => o.Outcome.Budget.Id != id))
        {
            Console.WriteLine($"{outcome.Budget.Title} ({area ?? "hele gemeente"}): {outcome.Ballots} stembiljetten, budget {outcome.Budget.Total.ToString("C", nl)}, besteed {outcome.Spent.ToString("C", nl)}");
            foreach (var p in outcome.Projects)
                Console.WriteLine($"  {(p.Funded ? "gekozen    " : "niet gekozen")}  {p.Votes,8} stemmen  {p.Cost.ToString("C", nl),14}  {p.Title}  ({p.Id})");
            Console.WriteLine($"Hash van de invoer:   {outcome.InputHash}");
            Console.WriteLine($"Hash van de uitslag:  {outcome.ResultHash}");
            if (round.Count > 1) Console.WriteLine();
        }
        return 0;
    }
}
