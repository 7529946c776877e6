using Plein.Learning.Courses;
using Plein.Tests.Support;

namespace Plein.Tests.Learning;

/// <summary>A small published course of its own per test, so tests and the demo learners never share an enrolment.</summary>
internal static class TestCourses
{
    public static (string Slug, CourseVersion Version) Publish(PleinApp app, string slug) => app.WithDb(db =>
    {
        var now = DateTimeOffset.UtcNow;
        var course = new Course { Id = Guid.NewGuid(), Slug = slug, CreatedAt = now };
        var version = new CourseVersion
        {
            Id = Guid.NewGuid(), CourseId = course.Id, Number = 1, Title = $"Testtraining {slug}", Summary = "Een korte training om te testen.", EstimatedMinutes = 20,
            TargetGroups = [Plein.Support.Contracts.TargetGroup.Raadsleden], Areas = [3], CreatedAt = now, PublishedAt = now,
            Content = new CourseContent
            {
                Modules =
                [
                    new CourseModule { Id = Guid.NewGuid(), Title = "Begin", Lessons =
                    [
                        new Lesson { Id = Guid.NewGuid(), Title = "Eerste les", Body = "Welkom bij **de training**.", VideoUrl = "https://video.example.nl/1", VideoTranscript = "Dit is de uitgeschreven tekst." },
                        new Lesson { Id = Guid.NewGuid(), Title = "Tweede les", Body = "Denk na over uw eigen gemeente.", ReflectionPrompt = "Wat neemt u mee?" },
                    ] },
                    new CourseModule { Id = Guid.NewGuid(), Title = "Toets", Lessons =
                    [
                        new Lesson { Id = Guid.NewGuid(), Title = "Kennischeck", Body = "Twee vragen.", Check = new KnowledgeCheck { PassMark = 100, Questions =
                        [
                            new CheckQuestion { Id = Guid.NewGuid(), Text = "Mag een inwoner een taak overnemen?", Options =
                            [
                                new CheckOption { Text = "Ja", Correct = true, Feedback = "Klopt: dat is het uitdaagrecht." },
                                new CheckOption { Text = "Nee", Feedback = "Helaas: dat mag wel." },
                            ] },
                            new CheckQuestion { Id = Guid.NewGuid(), Text = "Wie besluit over het verzoek?", Options =
                            [
                                new CheckOption { Text = "De buren", Feedback = "Nee, de buren steunen hooguit." },
                                new CheckOption { Text = "Het college", Correct = true, Feedback = "Goed: het college besluit." },
                            ] },
                        ] } },
                    ] },
                ],
            },
        };
        db.AddRange(course, version);
        db.SaveChanges();
        return (slug, version);
    });

    public static Lesson LessonNamed(this CourseVersion version, string title) => version.Content.Lessons.Single(l => l.Title == title);
}
