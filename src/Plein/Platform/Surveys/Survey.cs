using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Platform.Surveys;

public enum QuestionType { EenKeuze, MeerKeuze, Schaal, Getal, KorteTekst, LangeTekst, Matrix }

/// <summary>
/// A questionnaire of one organisation: sections of questions, answered anonymously or linked to an account. Participation
/// uses it inside processes; the quick scan and evaluations reuse it. The questions are one JSON document, locked once
/// someone has answered, so every stored answer keeps meaning what it meant.
/// </summary>
internal sealed class Survey : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Title { get; set; } = "";
    public string Intro { get; set; } = "";
    /// <summary>What the survey belongs to, such as a participation process: shown as "hoort bij" with a link.</summary>
    public string? ParentTitle { get; set; }
    public string? ParentPath { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>The census area "postcode in het gebied" means here (the owning process's); null: any of the organisation's.</summary>
    public Guid? AreaId { get; set; }
    /// <summary>Anonymous responses store no account; one-per-person is then kept in <see cref="SurveyParticipant"/>.</summary>
    public bool Anonymous { get; set; } = true;
    public VerificationLevel AnswerLevel { get; set; } = VerificationLevel.Geen;
    public bool Published { get; set; }
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
    public bool ResultsPublic { get; set; }
    /// <summary>
    /// The owning module shows the results and runs the settings (the quick scan, which never shows groups under five):
    /// the engine's results, export and editing pages refuse such a survey; answering works as always.
    /// </summary>
    public bool OwnerManaged { get; set; }
    public SurveyDefinition Definition { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsOpenOn(DateOnly today) => Published && (Opens is null || Opens <= today) && (Closes is null || today <= Closes);
}

internal sealed class SurveyDefinition
{
    public List<SurveySection> Sections { get; set; } = [];

    public IEnumerable<SurveyQuestion> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>A deep copy to change, so EF sees a new value when it is assigned back.</summary>
    public SurveyDefinition Clone() =>
        System.Text.Json.JsonSerializer.Deserialize<SurveyDefinition>(System.Text.Json.JsonSerializer.Serialize(this))!;

    public SurveyQuestion? Find(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public int SectionOf(string key) => Sections.FindIndex(s => s.Questions.Any(q => q.Key == key));

    public string NextSectionKey() => "d" + (Sections.Select(s => Number(s.Key)).DefaultIfEmpty(0).Max() + 1);

    public string NextQuestionKey() => "v" + (Questions.Select(q => Number(q.Key)).DefaultIfEmpty(0).Max() + 1);

    private static int Number(string key) => int.TryParse(key.AsSpan(1), out var n) ? n : 0;

    /// <summary>Whether a question is shown given the answers so far: a condition looks at a question in an earlier section.</summary>
    public static bool IsShown(SurveyQuestion question, IReadOnlyDictionary<string, List<string>> answers) =>
        question.ShowIf is not { } condition ||
        (answers.TryGetValue(condition.QuestionKey, out var given) && given.Any(condition.AnyOf.Contains));

    /// <summary>The keys of questions hidden by their conditions; an answer to a hidden question counts for nothing further on.</summary>
    public HashSet<string> Hidden(IReadOnlyDictionary<string, List<string>> answers)
    {
        var effective = answers.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in Questions.Where(q => !IsShown(q, effective)))
        {
            hidden.Add(q.Key);
            effective.Remove(q.Key);
        }
        return hidden;
    }

    /// <summary>The next section (in <paramref name="step"/> direction) with at least one shown question, or -1.</summary>
    public int NextShownSection(int from, int step, IReadOnlyDictionary<string, List<string>> answers)
    {
        var hidden = Hidden(answers);
        for (var i = from + step; i >= 0 && i < Sections.Count; i += step)
            if (Sections[i].Questions.Any(q => !hidden.Contains(q.Key))) return i;
        return -1;
    }
}

internal sealed class SurveySection
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Intro { get; set; } = "";
    public List<SurveyQuestion> Questions { get; set; } = [];
}

internal sealed class SurveyQuestion
{
    /// <summary>Stable key ("v3") that answers refer to; never reused within a survey.</summary>
    public string Key { get; set; } = "";
    public QuestionType Type { get; set; }
    public string Text { get; set; } = "";
    public string? Help { get; set; }
    public bool Required { get; set; }
    /// <summary>Choices; for a matrix the columns (empty means the agreement scale).</summary>
    public List<string> Options { get; set; } = [];
    /// <summary>Matrix statements, one answer per row.</summary>
    public List<string> Rows { get; set; } = [];
    public int? Min { get; set; }
    public int? Max { get; set; }
    public SurveyCondition? ShowIf { get; set; }

    public static readonly string[] AgreementScale = ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"];

    /// <summary>The labels a stored choice index refers to.</summary>
    public IReadOnlyList<string> Choices => Type == QuestionType.Schaal || (Type == QuestionType.Matrix && Options.Count == 0) ? AgreementScale : Options;

    public bool HasChoices => Type is QuestionType.EenKeuze or QuestionType.MeerKeuze or QuestionType.Schaal or QuestionType.Matrix;
}

/// <summary>Show a question only when an earlier choice question was answered with one of these choice indexes.</summary>
internal sealed class SurveyCondition
{
    public string QuestionKey { get; set; } = "";
    public List<string> AnyOf { get; set; } = [];
}
