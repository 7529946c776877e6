using System.Text.Json;

namespace Plein.Learning.Courses;

/// <summary>A version's modules and lessons, kept as one document: a version is read and frozen as a whole.</summary>
internal sealed class CourseContent
{
    public List<CourseModule> Modules { get; set; } = [];

    public IReadOnlyList<Lesson> Lessons => [.. Modules.SelectMany(m => m.Lessons)];

    public Lesson? Lesson(Guid id) => Modules.SelectMany(m => m.Lessons).FirstOrDefault(l => l.Id == id);

    public CourseModule? ModuleOf(Guid lessonId) => Modules.FirstOrDefault(m => m.Lessons.Any(l => l.Id == lessonId));

    public CourseContent Copy() => JsonSerializer.Deserialize<CourseContent>(JsonSerializer.Serialize(this))!;
}

internal sealed class CourseModule
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public List<Lesson> Lessons { get; set; } = [];
}

internal sealed class Lesson
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Markdown.</summary>
    public string Body { get; set; } = "";
    /// <summary>An https link to the video; shown as a link, never embedded, always with its transcript.</summary>
    public string? VideoUrl { get; set; }
    public string? VideoTranscript { get; set; }
    public Guid? ImageFileId { get; set; }
    public string? ImageAlt { get; set; }
    public Guid? DocumentFileId { get; set; }
    public string? DocumentTitle { get; set; }
    /// <summary>A question the learner answers for themselves; the answer is only ever shown to them.</summary>
    public string? ReflectionPrompt { get; set; }
    public KnowledgeCheck? Check { get; set; }
}

/// <summary>Multiple-choice questions with feedback per answer; passed at <see cref="PassMark"/> percent correct.</summary>
internal sealed class KnowledgeCheck
{
    public int PassMark { get; set; } = 70;
    public List<CheckQuestion> Questions { get; set; } = [];

    /// <summary>Percentage correct, 0-100; <paramref name="answers"/> holds the chosen option per question.</summary>
    public int Score(IReadOnlyList<int> answers) =>
        Questions.Count == 0 ? 0 : (int)Math.Round(100.0 * Questions.Where((q, i) => i < answers.Count && q.IsCorrect(answers[i])).Count() / Questions.Count);

    public bool Passes(int score) => score >= PassMark;
}

internal sealed class CheckQuestion
{
    public Guid Id { get; set; }
    public string Text { get; set; } = "";
    public List<CheckOption> Options { get; set; } = [];

    public bool IsCorrect(int option) => option >= 0 && option < Options.Count && Options[option].Correct;
}

internal sealed class CheckOption
{
    public string Text { get; set; } = "";
    public bool Correct { get; set; }
    public string Feedback { get; set; } = "";
}
