using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Accounts;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Versions;

/// <summary>
/// Programme staff edit one theme of a concept: its title, the statements on now and on improving (each with optional
/// wording per group), the open question and the tips. An empty statement is removed; the empty last row adds one.
/// </summary>
internal sealed partial class EditThemeModel(PleinDb db, CurrentUser me, AuditLog audit) : PageModel
{
    public const int MinStatements = 2, MaxStatements = 8, MaxTips = 6;
    private static readonly string[] Placeholders = ["{raad}", "{college}", "{organisatie}"];

    internal sealed class StatementInput
    {
        public string? Text { get; set; }
        public string? Inwoners { get; set; }
        public string? Raadsleden { get; set; }
        public string? Collegeleden { get; set; }
        public string? Ambtenaren { get; set; }

        public IEnumerable<(string Slug, string Name)> GroupFields =>
            [("inwoners", nameof(Inwoners)), ("raadsleden", nameof(Raadsleden)), ("collegeleden", nameof(Collegeleden)), ("ambtenaren", nameof(Ambtenaren))];

        public string? For(string slug) => slug switch
        {
            "inwoners" => Inwoners, "raadsleden" => Raadsleden, "collegeleden" => Collegeleden, _ => Ambtenaren,
        };

        public static StatementInput From(Statement s) => new()
        {
            Text = s.Text, Inwoners = s.ByGroup.GetValueOrDefault("inwoners"), Raadsleden = s.ByGroup.GetValueOrDefault("raadsleden"),
            Collegeleden = s.ByGroup.GetValueOrDefault("collegeleden"), Ambtenaren = s.ByGroup.GetValueOrDefault("ambtenaren"),
        };

        public Statement ToStatement() => new()
        {
            Text = Text!.Trim(),
            ByGroup = GroupFields.Where(g => !string.IsNullOrWhiteSpace(For(g.Slug))).ToDictionary(g => g.Slug, g => For(g.Slug)!.Trim()),
        };
    }

    internal sealed class ThemeInput
    {
        public string? Title { get; set; }
        public List<StatementInput> Current { get; set; } = [];
        public List<StatementInput> Improve { get; set; } = [];
        public string? OpenQuestion { get; set; }
        public string? Tips { get; set; }
    }

    [BindProperty] public ThemeInput Input { get; set; } = new();
    public QuestionnaireVersion Version { get; private set; } = default!;
    public Theme Theme { get; private set; } = default!;
    public string VersionPath => $"/quickscan/vragenlijst/{Version.Number}";

    public async Task<IActionResult> OnGetAsync(int number, string key, CancellationToken ct)
    {
        if (await LoadAsync(number, key, ct) is { } stop) return stop;
        Input = new ThemeInput
        {
            Title = Theme.Title, OpenQuestion = Theme.OpenQuestion, Tips = string.Join('\n', Theme.Tips),
            Current = [.. Theme.Current.Select(StatementInput.From), new()], Improve = [.. Theme.Improve.Select(StatementInput.From), new()],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, string key, CancellationToken ct)
    {
        if (await LoadAsync(number, key, ct) is { } stop) return stop;
        if (Input.Current.Count > MaxStatements + 1 || Input.Improve.Count > MaxStatements + 1) return BadRequest();
        Check(nameof(ThemeInput.Title), Input.Title, 120, required: "Vul een titel in.");
        CheckStatements(nameof(ThemeInput.Current), Input.Current);
        CheckStatements(nameof(ThemeInput.Improve), Input.Improve);
        Check(nameof(ThemeInput.OpenQuestion), Input.OpenQuestion, 300, required: "Vul de open vraag in.");
        var tips = (Input.Tips ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (tips.Count is 0 or > MaxTips) ModelState.AddModelError("Input.Tips", "Geef 1 tot en met 6 tips, elk op een eigen regel.");
        else if (tips.Any(t => t.Length > 300)) ModelState.AddModelError("Input.Tips", "Houd elke tip korter dan 300 tekens.");
        else if (tips.Any(t => !KnownPlaceholders(t))) ModelState.AddModelError("Input.Tips", "Gebruik tussen accolades alleen {raad}, {college} of {organisatie}.");
        if (!ModelState.IsValid) return Page();

        var definition = Version.Definition.Clone();
        var theme = definition.Themes.Single(t => t.Key == key);
        theme.Title = Input.Title!.Trim();
        theme.Current = [.. Input.Current.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => s.ToStatement())];
        theme.Improve = [.. Input.Improve.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => s.ToStatement())];
        theme.OpenQuestion = Input.OpenQuestion!.Trim();
        theme.Tips = tips;
        Version.Definition = definition;
        await audit.RecordNationalAsync("quickscan.versie-gewijzigd", $"{Version.Title}: {theme.Title}", ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het thema is opgeslagen.";
        return Redirect(VersionPath);
    }

    private void CheckStatements(string list, List<StatementInput> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var field = $"Input.{list}[{i}]";
            var row = rows[i];
            if (string.IsNullOrWhiteSpace(row.Text))
            {
                if (row.GroupFields.Any(g => !string.IsNullOrWhiteSpace(row.For(g.Slug))))
                    ModelState.AddModelError($"{field}.Text", "Vul ook de tekst voor iedereen in, of maak alle vakken van deze stelling leeg.");
                continue;
            }
            Check($"{list}[{i}].Text", row.Text, 250);
            foreach (var (slug, name) in row.GroupFields) Check($"{list}[{i}].{name}", row.For(slug), 250);
        }
        var count = rows.Count(r => !string.IsNullOrWhiteSpace(r.Text));
        if (count is < MinStatements or > MaxStatements)
            ModelState.AddModelError($"Input.{list}[0].Text", "Geef 2 tot en met 8 stellingen. Een lege stelling valt weg.");
    }

    private void Check(string field, string? value, int max, string? required = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required is not null) ModelState.AddModelError($"Input.{field}", required);
        }
        else if (value.Trim().Length > max) ModelState.AddModelError($"Input.{field}", max == 120 ? "Gebruik hoogstens 120 tekens." : max == 250 ? "Gebruik hoogstens 250 tekens." : "Gebruik hoogstens 300 tekens.");
        else if (!KnownPlaceholders(value)) ModelState.AddModelError($"Input.{field}", "Gebruik tussen accolades alleen {raad}, {college} of {organisatie}.");
    }

    private static bool KnownPlaceholders(string text) => Braces().Matches(text).All(m => Placeholders.Contains(m.Value, StringComparer.Ordinal))
        && text.Count(c => c == '{') == Braces().Count(text) && text.Count(c => c == '}') == Braces().Count(text);

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Braces();

    private async Task<IActionResult?> LoadAsync(int number, string key, CancellationToken ct)
    {
        if (this.Enforce(QuickScanPermissions.ManageQuestionnaire(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await db.Set<QuestionnaireVersion>().FirstOrDefaultAsync(v => v.Number == number, ct) is not { } version) return NotFound();
        if (version.Definition.Themes.FirstOrDefault(t => t.Key == key) is not { } theme) return NotFound();
        (Version, Theme) = (version, theme);
        if (version.PublishedAt is null) return null;
        TempData["Melding"] = "Een gepubliceerde versie verandert niet meer. Maak een nieuwe versie.";
        return Redirect(VersionPath);
    }
}
