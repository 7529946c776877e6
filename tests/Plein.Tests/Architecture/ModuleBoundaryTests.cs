using System.Text.RegularExpressions;

namespace Plein.Tests.Architecture;

/// <summary>
/// Modules talk to each other only through the small types a module exposes in its Contracts namespace (ADR 0002).
/// Platform and Data are the foundation every module may use; they use no module.
/// </summary>
public sealed partial class ModuleBoundaryTests
{
    private static readonly HashSet<string> Foundation = ["Platform", "Data"];

    [GeneratedRegex(@"\bPlein\.(?<module>[A-Z][A-Za-z]+)(?<rest>(\.[A-Za-z]+)*)")]
    private static partial Regex Reference();

    [Fact]
    public void ModulesUseEachOtherOnlyThroughContracts()
    {
        var src = Path.Combine(RepositoryRoot(), "src", "Plein");
        var modules = Directory.GetDirectories(src).Select(Path.GetFileName).Where(d => d is not null && char.IsUpper(d[0]) && d != "Properties").Select(d => d!).ToHashSet();
        Assert.Contains("Platform", modules);
        var violations = new List<string>();
        foreach (var module in modules)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(src, module), "*.*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                foreach (Match m in Reference().Matches(File.ReadAllText(file)))
                {
                    var other = m.Groups["module"].Value;
                    if (other == module || !modules.Contains(other)) continue;
                    if (!IsAllowed(module, other, m.Groups["rest"].Value)) violations.Add($"{Path.GetRelativePath(src, file)} uses {m.Value}");
                }
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static bool IsAllowed(string module, string other, string rest) =>
        Foundation.Contains(other) || (!Foundation.Contains(module) && rest.StartsWith(".Contracts", StringComparison.Ordinal));

    [Theory]
    [InlineData("Challenges", "Platform", ".Tenancy", true)]
    [InlineData("Challenges", "Support", ".Contracts", true)]
    [InlineData("Challenges", "Support", ".Offer", false)]
    [InlineData("Platform", "Support", ".Contracts", false)]
    [InlineData("Data", "Platform", ".Tenancy", true)]
    public void TheRuleItself(string module, string other, string rest, bool allowed) => Assert.Equal(allowed, IsAllowed(module, other, rest));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "test.sh"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
