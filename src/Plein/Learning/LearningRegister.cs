using Plein.Platform.Privacy;

namespace Plein.Learning;

internal sealed class LearningRegister : IProcessingRegister
{
    public string Module => "Digitale trainingen";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new("Uw trainingen", "Welke trainingen u volgt, uw voortgang, kennistoetsen, reflecties en certificaten.", "U laten leren en een certificaat geven.", LegalBasis.Contract,
            "Uzelf; uw organisatie alleen als u dat per training kiest. Reflecties alleen uzelf.", "Zolang u het account heeft.", OnErasure.Deleted,
            "Wordt gewist, certificaten ook.",
            [typeof(Studying.Enrolment), typeof(Studying.LessonProgress), typeof(Studying.CheckAttempt), typeof(Studying.Reflection)]),
        new("Trainingen maken en aanraden", "Welke medewerker een training publiceerde of aanraadde.", "Verantwoorden wie wat publiceerde.", LegalBasis.PublicTask,
            "Medewerkers.", "Zo lang als de training.", OnErasure.KeptUnderPseudonym, "Blijft, onder 'verwijderde gebruiker'.",
            [typeof(Courses.Course), typeof(Courses.CourseVersion), typeof(Organisations.CourseRecommendation)]),
    ];
}
