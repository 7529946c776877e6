namespace Plein.Council.Voting;

/// <summary>Reads "J. de Vries: 17" per line, as the griffier copies the count of a paper vote on persons.</summary>
internal static class PaperCounts
{
    public static IReadOnlyList<(string Candidate, int Votes)>? Parse(string? text)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length is 0 or > 20) return null;
        var counts = new List<(string, int)>();
        foreach (var line in lines)
        {
            var colon = line.LastIndexOf(':');
            if (colon <= 0) return null;
            var name = line[..colon].Trim();
            if (name.Length is 0 or > 100 || !int.TryParse(line[(colon + 1)..].Trim(), out var votes) || votes is < 0 or > 1000) return null;
            counts.Add((name, votes));
        }
        return counts.Select(c => c.Item1).Distinct(StringComparer.OrdinalIgnoreCase).Count() == counts.Count ? counts : null;
    }
}
