using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Plein.Platform.Surveys.Answering;

/// <summary>
/// One section's answers as typed: read from the form, checked per question with a Dutch message next to it, and turned
/// into stored values. Field names are the question key ("v3"), and "v3.r0" per matrix statement.
/// </summary>
internal sealed class AnswerSheet
{
    public const int ShortTextMax = 200;
    public const int LongTextMax = 5_000;

    /// <summary>What the form shows per field name: typed values on a post, stored values otherwise.</summary>
    public Dictionary<string, string[]> Given { get; } = new(StringComparer.Ordinal);
    public List<(string QuestionKey, int Row, string Value)> Values { get; } = [];

    public static string RowField(SurveyQuestion q, int row) => $"{q.Key}.r{row}";

    public static AnswerSheet FromStored(SurveyDefinition definition, IEnumerable<SurveyAnswer> answers)
    {
        var sheet = new AnswerSheet();
        foreach (var group in answers.GroupBy(a => (a.QuestionKey, a.Row)))
        {
            var matrix = definition.Find(group.Key.QuestionKey)?.Type == QuestionType.Matrix;
            sheet.Given[matrix ? $"{group.Key.QuestionKey}.r{group.Key.Row}" : group.Key.QuestionKey] = group.Select(a => a.Value).ToArray();
            sheet.Values.AddRange(group.Select(a => (a.QuestionKey, a.Row, a.Value)));
        }
        return sheet;
    }

    /// <summary>Reads and checks the shown questions; <paramref name="complete"/> also demands required answers.</summary>
    public static AnswerSheet Read(IEnumerable<SurveyQuestion> shown, IFormCollection form, ModelStateDictionary errors, bool complete)
    {
        var sheet = new AnswerSheet();
        foreach (var q in shown)
        {
            if (q.Type == QuestionType.Matrix)
            {
                for (var row = 0; row < q.Rows.Count; row++)
                    sheet.Choice(q, RowField(q, row), row, form, errors, complete, $"Kies een antwoord bij '{q.Rows[row]}'.");
                continue;
            }
            switch (q.Type)
            {
                case QuestionType.EenKeuze or QuestionType.Schaal:
                    sheet.Choice(q, q.Key, 0, form, errors, complete, "Kies een antwoord.");
                    break;
                case QuestionType.MeerKeuze:
                    sheet.Choices(q, form, errors, complete);
                    break;
                case QuestionType.Getal:
                    sheet.Number(q, form, errors, complete);
                    break;
                default:
                    sheet.Text(q, form, errors, complete);
                    break;
            }
        }
        return sheet;
    }

    private void Choice(SurveyQuestion q, string field, int row, IFormCollection form, ModelStateDictionary errors, bool complete, string missing)
    {
        var raw = form[field].ToString();
        Given[field] = raw.Length > 0 ? [raw] : [];
        if (raw.Length == 0)
        {
            if (complete && q.Required) errors.AddModelError(field, missing);
            return;
        }
        if (!IsChoice(q, raw)) errors.AddModelError(field, "Kies een van de antwoorden.");
        else Values.Add((q.Key, row, raw));
    }

    private void Choices(SurveyQuestion q, IFormCollection form, ModelStateDictionary errors, bool complete)
    {
        var raw = form[q.Key].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToArray();
        Given[q.Key] = raw;
        if (raw.Any(v => !IsChoice(q, v)))
        {
            errors.AddModelError(q.Key, "Kies uit de antwoorden.");
            return;
        }
        if (raw.Length == 0 && complete && q.Required) errors.AddModelError(q.Key, "Kies minstens één antwoord.");
        else if (raw.Length > 0 && q.Min is { } min && raw.Length < min) errors.AddModelError(q.Key, $"Kies minstens {min} antwoorden.");
        else if (q.Max is { } max && raw.Length > max) errors.AddModelError(q.Key, $"Kies hoogstens {max} antwoorden.");
        else Values.AddRange(raw.Select(v => (q.Key, 0, v)));
    }

    private void Number(SurveyQuestion q, IFormCollection form, ModelStateDictionary errors, bool complete)
    {
        var raw = form[q.Key].ToString().Trim();
        Given[q.Key] = raw.Length > 0 ? [raw] : [];
        if (raw.Length == 0)
        {
            if (complete && q.Required) errors.AddModelError(q.Key, "Vul een getal in.");
            return;
        }
        if (raw.Length > 20 || !decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            errors.AddModelError(q.Key, "Vul een getal in, bijvoorbeeld 12 of 3,5.");
        else if (q.Min is { } min && n < min) errors.AddModelError(q.Key, $"Vul een getal in van minstens {min}.");
        else if (q.Max is { } max && n > max) errors.AddModelError(q.Key, $"Vul een getal in van hoogstens {max}.");
        else Values.Add((q.Key, 0, n.ToString(CultureInfo.InvariantCulture)));
    }

    private void Text(SurveyQuestion q, IFormCollection form, ModelStateDictionary errors, bool complete)
    {
        var raw = form[q.Key].ToString();
        Given[q.Key] = [raw];
        var text = raw.Trim();
        var max = q.Type == QuestionType.KorteTekst ? ShortTextMax : LongTextMax;
        if (text.Length == 0)
        {
            if (complete && q.Required) errors.AddModelError(q.Key, "Vul hier uw antwoord in.");
        }
        else if (text.Length > max) errors.AddModelError(q.Key, $"Gebruik hoogstens {max} tekens.");
        else Values.Add((q.Key, 0, text));
    }

    private static bool IsChoice(SurveyQuestion q, string raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < q.Choices.Count && raw == i.ToString(CultureInfo.InvariantCulture);
}
