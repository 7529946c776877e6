using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Plein.Tests.Platform.Ui;

/// <summary>
/// The Dutch UI text is the resource key (T["Dutch text"]); SharedResource.en.resx holds the English. These tests read the
/// source, collect every Dutch text that reaches the localizer, and check that the English file has it, with the same
/// {0}-style placeholders.
/// </summary>
public sealed partial class TranslationTests
{
    private const string Literal = @"""(?<text>(?:[^""\\\r\n]|\\.)*)""";

    /// <summary>T["..."] in views and t["..."] in tag helpers; the first argument when there are format arguments too.</summary>
    [GeneratedRegex(@"(?<![\w.])[Tt]\[\s*" + Literal)]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"<form-field\b[^>]*>")]
    private static partial Regex FormField();

    [GeneratedRegex(@"(?<=\s)(?:label|hint)=""(?<text>[^""]*)""")]
    private static partial Regex FormFieldText();

    [GeneratedRegex(@"\bErrorMessage\s*=\s*" + Literal)]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"\bTempData\[""Melding""\]\s*=\s*" + Literal)]
    private static partial Regex Notice();

    [GeneratedRegex(@"\bnew\s+SelectListItem\(\s*" + Literal)]
    private static partial Regex SelectOption();

    [GeneratedRegex(@"\bAddModelError\(")]
    private static partial Regex AddModelError();

    /// <summary>A string literal with its prefix, so interpolated ($"...") and verbatim (@"...") strings can be skipped.</summary>
    [GeneratedRegex(@"(?<prefix>\$@|@\$|\$|@)?" + Literal)]
    private static partial Regex StringToken();

    [GeneratedRegex(@"=>\s*" + Literal)]
    private static partial Regex ArrowText();

    [GeneratedRegex(@"\bDescription\s*=\s*" + Literal)]
    private static partial Regex IdentityDescription();

    [GeneratedRegex(@"=>\s*\(\s*(?<title>""(?:[^""\\\r\n]|\\.)*"")\s*,\s*(?<explanation>""(?:[^""\\\r\n]|\\.)*"")\s*\)")]
    private static partial Regex ErrorPageTexts();

    [GeneratedRegex(@"\]\s*=\s*" + Literal)]
    private static partial Regex AuditDescription();

    [GeneratedRegex(@"\bKind\s*=\s*" + Literal)]
    private static partial Regex EventKind();

    [GeneratedRegex(@"\{(?<n>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", "Migrations", "wwwroot" };

    /// <summary>Texts that reach the localizer through a variable, by file: roles, organisation kinds, register events, error pages.</summary>
    private static readonly Dictionary<string, Func<string, List<string>>> TextsByFile = new(StringComparer.Ordinal)
    {
        ["RoleText.cs"] = text => Texts(ArrowText(), text),
        ["OrganisationText.cs"] = text => Texts(ArrowText(), text),
        ["DutchModelBinding.cs"] = text => Texts(ArrowText(), text),
        ["DutchIdentityErrors.cs"] = text => Texts(IdentityDescription(), text),
        ["Organisation.cs"] = text => Texts(EventKind(), text),
        ["Error.cshtml.cs"] = ErrorPageTitlesAndExplanations,
        ["AuditText.cs"] = text => Texts(AuditDescription(), text),
        ["SurveyText.cs"] = text => Texts(ArrowText(), text),
        ["JobStatus.cshtml.cs"] = text => Texts(ArrowText(), text),
        ["ScanSteps.cs"] = text => Texts(ArrowText(), text),
        ["Groups.cs"] = text => Texts(ArrowText(), text),
        ["OfferItem.cs"] = text => Texts(ArrowText(), text),
        ["Aandachtsgebieden.cs"] = text => Texts(ArrowText(), text),
        ["RuleTexts.cs"] = text => Texts(ArrowText(), text),
        ["RequestTexts.cs"] = text => Texts(ArrowText(), text),
    };

    [Fact]
    public void EveryDutchTextHasAnEnglishTranslation()
    {
        var english = ReadEnglish();
        var names = new HashSet<string>(english.Select(e => e.Name), StringComparer.Ordinal);
        var missing = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var (keys, unknownFiles) = DutchTexts();
        foreach (var (key, files) in keys)
        {
            if (names.Contains(key)) continue;
            missing[key] = files;
        }
        var message = new StringBuilder();
        foreach (var file in unknownFiles) message.Append("Source file not found (update TranslationTests): ").AppendLine(file);
        if (missing.Count > 0)
        {
            message.Append(missing.Count).AppendLine(" Dutch texts have no English in src/Plein/Platform/Ui/SharedResource.en.resx:");
            foreach (var (key, files) in missing)
                message.Append("  \"").Append(key).Append("\"  (").Append(string.Join(", ", files)).AppendLine(")");
        }
        Assert.True(keys.Count > 0, "No Dutch texts found in src/Plein: the patterns in TranslationTests no longer match the code.");
        Assert.True(unknownFiles.Count == 0 && missing.Count == 0, message.ToString());
    }

    [Fact]
    public void TranslationsKeepTheirPlaceholders()
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in ReadEnglish())
        {
            if (!seen.Add(name)) problems.Add($"\"{name}\" is in the file twice.");
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"\"{name}\" has no English text.");
            var inKey = Placeholders(name);
            var inValue = Placeholders(value);
            if (!inKey.SetEquals(inValue))
                problems.Add($"\"{name}\" has [{Show(inKey)}] but the English \"{value}\" has [{Show(inValue)}].");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Show(SortedSet<string> placeholders) => string.Join(", ", placeholders.Select(n => "{" + n + "}"));

    private static SortedSet<string> Placeholders(string text) =>
        new(Placeholder().Matches(text).Select(m => m.Groups["n"].Value), StringComparer.Ordinal);

    private static List<(string Name, string Value)> ReadEnglish()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Plein", "Platform", "Ui", "SharedResource.en.resx");
        Assert.True(File.Exists(path), $"{path} is missing.");
        return XDocument.Load(path).Root!.Elements("data")
            .Select(d => ((string?)d.Attribute("name") ?? "", (string?)d.Element("value") ?? ""))
            .ToList();
    }

    /// <summary>Every Dutch text used as a key, with the files it comes from; and the named files that were not found.</summary>
    private static (Dictionary<string, SortedSet<string>> Keys, List<string> UnknownFiles) DutchTexts()
    {
        var src = Path.Combine(RepositoryRoot(), "src", "Plein");
        var keys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var foundNamedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(src))
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            var found = new List<string>();
            found.AddRange(Texts(LocalizerKey(), text));
            found.AddRange(Texts(ErrorMessage(), text));
            found.AddRange(Texts(Notice(), text));
            found.AddRange(Texts(SelectOption(), text));
            found.AddRange(ModelErrorMessages(text));
            if (file.EndsWith(".cshtml", StringComparison.Ordinal))
            {
                foreach (Match field in FormField().Matches(text))
                    foreach (Match attribute in FormFieldText().Matches(field.Value))
                        if (!attribute.Groups["text"].Value.Contains('@', StringComparison.Ordinal)) found.Add(attribute.Groups["text"].Value);
            }
            var name = Path.GetFileName(file);
            if (TextsByFile.TryGetValue(name, out var extract))
            {
                foundNamedFiles.Add(name);
                found.AddRange(extract(text));
            }
            foreach (var key in found)
            {
                if (key.Length == 0) continue;
                if (!keys.TryGetValue(key, out var files)) keys[key] = files = new SortedSet<string>(StringComparer.Ordinal);
                files.Add(relative);
            }
        }
        var unknown = TextsByFile.Keys.Where(n => !foundNamedFiles.Contains(n)).Order(StringComparer.Ordinal).ToList();
        return (keys, unknown);
    }

    private static List<string> SourceFiles(string src) =>
        Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(src, f).Split(Separators).Any(SkippedDirectories.Contains))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<string> Texts(Regex regex, string text) =>
        regex.Matches(text).Select(m => Unescape(m.Groups["text"].Value)).ToList();

    private static List<string> ErrorPageTitlesAndExplanations(string text)
    {
        var result = new List<string>();
        foreach (Match m in ErrorPageTexts().Matches(text))
        {
            result.AddRange(Texts(StringToken(), m.Groups["title"].Value));
            result.AddRange(Texts(StringToken(), m.Groups["explanation"].Value));
        }
        return result;
    }

    /// <summary>
    /// The constant messages of ModelState.AddModelError(key, message): every plain string literal after the first argument,
    /// so both branches of a ?: count. Interpolated strings cannot be keys and are left out.
    /// </summary>
    private static List<string> ModelErrorMessages(string text)
    {
        var result = new List<string>();
        foreach (Match call in AddModelError().Matches(text))
        {
            var (firstComma, end) = ArgumentBounds(text, call.Index + call.Length);
            if (firstComma < 0) continue;
            var rest = text[(firstComma + 1)..end];
            foreach (Match token in StringToken().Matches(rest))
                if (!token.Groups["prefix"].Success) result.Add(Unescape(token.Groups["text"].Value));
        }
        return result;
    }

    /// <summary>From just after "(": the first comma at the top level and the closing parenthesis of the call.</summary>
    private static (int FirstComma, int End) ArgumentBounds(string text, int start)
    {
        var depth = 0;
        var firstComma = -1;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    for (i++; i < text.Length && text[i] != '"'; i++)
                        if (text[i] == '\\') i++;
                    break;
                case '\'':
                    for (i++; i < text.Length && text[i] != '\''; i++)
                        if (text[i] == '\\') i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (depth == 0) return (firstComma, i);
                    depth--;
                    break;
                case ',':
                    if (depth == 0 && firstComma < 0) firstComma = i;
                    break;
            }
        }
        return (-1, text.Length);
    }

    private static string Unescape(string literal)
    {
        if (!literal.Contains('\\', StringComparison.Ordinal)) return literal;
        var sb = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 == literal.Length)
            {
                sb.Append(literal[i]);
                continue;
            }
            i++;
            sb.Append(literal[i] switch { 'n' => '\n', 'r' => '\r', 't' => '\t', '0' => '\0', var c => c });
        }
        return sb.ToString();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "test.sh"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
