using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Learning.Courses;
using Plein.Learning.Studying;
using Plein.Tests.Support;

namespace Plein.Tests.Learning;

/// <summary>Programme staff build a course in a draft and publish versions; a learner keeps the version they started on.</summary>
[Collection(AppCollection.Name)]
public sealed class CourseStaffTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task StaffBuildADraftWithCheckedInputAndPublishIt(string provider)
    {
        var app = apps[provider];
        using var learner = app.Client();
        await learner.SignInAsync(Demo.Email("raadslid", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/leren/beheer", follow: false)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/leren/beheer/bereik", follow: false)).Status);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var admin = await staff.GetAsync("/leren/beheer");
        Assert.Contains("Het uitdaagrecht in uw organisatie", admin.Text, StringComparison.Ordinal);
        Assert.Equal("Geef de training een titel.", (await staff.SubmitAsync(admin, new Dictionary<string, string> { ["Input.Title"] = " " }, "#nieuw")).FieldError("Input.Title"));
        Assert.Equal("Er is al een training met deze titel.", (await staff.SubmitAsync(admin, new Dictionary<string, string> { ["Input.Title"] = "Het uitdaagrecht in uw organisatie" }, "#nieuw")).FieldError("Input.Title"));
        var title = $"Raadsvergaderen digitaal {provider}";
        var draft = await staff.SubmitAsync(admin, new Dictionary<string, string> { ["Input.Title"] = title }, "#nieuw");
        var slug = draft.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];

        var bad = await staff.SubmitAsync(draft, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Summary"] = "<script>x</script>", ["Input.EstimatedMinutes"] = "abc" }, "#gegevens");
        Assert.Equal("'abc' is hier geen geldige waarde.", bad.FieldError("Input.EstimatedMinutes"));
        Assert.Equal("Kies minstens één doelgroep.", bad.FieldError("Input.TargetGroups"));
        Assert.Equal("<script>x</script>", bad.Value("Input.Summary"));
        Assert.Equal("Vul een duur in van 5 tot 600 minuten.", (await staff.SubmitAsync(draft, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Summary"] = "x", ["Input.EstimatedMinutes"] = "0" }, "#gegevens")).FieldError("Input.EstimatedMinutes"));
        draft = await staff.SubmitAsync(draft, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Summary"] = "Hoe de raad digitaal vergadert.", ["Input.EstimatedMinutes"] = "30", ["Input.TargetGroups"] = "Raadsleden", ["Input.Areas"] = "5" }, "#gegevens");
        Assert.Contains("De gegevens van het concept zijn opgeslagen.", draft.Text, StringComparison.Ordinal);

        var nothing = await staff.SubmitAsync(draft, new Dictionary<string, string>(), "#publiceren");
        Assert.Contains("Voeg minstens één les toe.", nothing.Text, StringComparison.Ordinal);
        Assert.Equal("Hoe de raad digitaal vergadert.", nothing.Value("Input.Summary"));
        Assert.Equal("Geef de module een titel.", (await staff.SubmitAsync(draft, new Dictionary<string, string> { ["ModuleTitle"] = "" }, "#module")).FieldError("ModuleTitle"));
        draft = await staff.SubmitAsync(draft, new Dictionary<string, string> { ["ModuleTitle"] = "De wet" }, "#module");
        Assert.Equal("Kies een module.", (await staff.SubmitAsync(draft, new Dictionary<string, string> { ["NewLesson.Module"] = "", ["NewLesson.Title"] = "Les" }, "#les")).FieldError("NewLesson.Module"));
        Assert.Equal("Kies een module uit de lijst.", (await staff.SubmitAsync(draft, new Dictionary<string, string> { ["NewLesson.Module"] = Guid.NewGuid().ToString(), ["NewLesson.Title"] = "Les" }, "#les")).FieldError("NewLesson.Module"));
        var module = draft.Document.QuerySelector("select[name='NewLesson.Module'] option:last-child")!.GetAttribute("value")!;
        var lesson = await staff.SubmitAsync(draft, new Dictionary<string, string> { ["NewLesson.Module"] = module, ["NewLesson.Title"] = "Wat de wet zegt" }, "#les");
        Assert.Contains("/les/", lesson.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["Input.Title"] = "Wat de wet zegt", ["Input.Body"] = "De tijdelijke wet gold vanaf 9 april 2020.", ["Input.VideoUrl"] = "http://video.example.nl", ["Input.HasCheck"] = "true", ["Input.PassMark"] = "60" };
        var insecure = await staff.SubmitFilesAsync(lesson, fields, "#les");
        Assert.Equal("Vul een webadres in dat begint met https://.", insecure.FieldError("Input.VideoUrl"));
        Assert.Equal("Schrijf de tekst van de video uit. Zonder uitgeschreven tekst kan niet iedereen de video volgen.", insecure.FieldError("Input.VideoTranscript"));
        Assert.Equal("De tijdelijke wet gold vanaf 9 april 2020.", insecure.Value("Input.Body"));
        var notAnImage = await staff.SubmitFilesAsync(lesson, new Dictionary<string, string>(fields) { ["Input.VideoUrl"] = "", ["Input.ImageAlt"] = "Een raadszaal" }, "#les",
            ("Input.Image", "zaal.png", "%PDF-1.4 nep"u8.ToArray()));
        Assert.StartsWith("Dit soort bestand kunt u niet uploaden.", notAnImage.FieldError("Input.Image"), StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.Files.IgnoreQueryFilters().Count(f => f.FileName == "zaal.png")));
        lesson = await staff.SubmitFilesAsync(lesson, new Dictionary<string, string>(fields) { ["Input.VideoUrl"] = "https://video.example.nl/wet", ["Input.VideoTranscript"] = "De voorzitter opent de vergadering.", ["Input.ImageAlt"] = "Een raadszaal" }, "#les",
            ("Input.Image", "zaal.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]));
        Assert.Contains("De les is opgeslagen.", lesson.Text, StringComparison.Ordinal);
        var image = lesson.Document.QuerySelector("img.plein-attachment-image")!.GetAttribute("src")!;
        Assert.Equal(HttpStatusCode.OK, (await learner.Http.GetAsync(image)).StatusCode);

        var oneOption = await staff.SubmitAsync(lesson, new Dictionary<string, string> { ["Question.Text"] = "Mag stemmen over personen digitaal?", ["Question.Options[0]"] = "Nee", ["Question.Feedback[0]"] = "Klopt." }, "#vraag");
        Assert.Equal("Geef minstens twee antwoorden.", oneOption.FieldError("Question.Options[0]"));
        Assert.Equal("Kies welk antwoord goed is.", oneOption.FieldError("Question.Correct"));
        Assert.Equal("Mag stemmen over personen digitaal?", oneOption.Value("Question.Text"));
        var noFeedback = await staff.SubmitAsync(lesson, new Dictionary<string, string> { ["Question.Text"] = "Mag stemmen over personen digitaal?", ["Question.Options[0]"] = "Nee", ["Question.Feedback[0]"] = "Klopt.", ["Question.Options[1]"] = "Ja", ["Question.Correct"] = "0" }, "#vraag");
        Assert.Equal("Schrijf uitleg bij dit antwoord.", noFeedback.FieldError("Question.Feedback[1]"));
        var versionId = app.WithDb(db => db.Set<CourseVersion>().Single(v => v.Title == title).Id);
        Assert.Empty(app.WithDb(db => db.Set<CourseVersion>().Single(v => v.Id == versionId).Content.Lessons.Single().Check!.Questions));

        draft = await staff.GetAsync($"/leren/beheer/{slug}");
        Assert.Contains("De kennischeck in 'Wat de wet zegt' heeft nog geen vragen.", (await staff.SubmitAsync(draft, new Dictionary<string, string>(), "#publiceren")).Text, StringComparison.Ordinal);
        lesson = await staff.SubmitAsync(lesson, new Dictionary<string, string> { ["Question.Text"] = "Mag stemmen over personen digitaal?", ["Question.Options[0]"] = "Nee", ["Question.Feedback[0]"] = "Klopt: dat gaat op papier.", ["Question.Options[1]"] = "Ja", ["Question.Feedback[1]"] = "Nee, dat gaat met gesloten briefjes.", ["Question.Correct"] = "0" }, "#vraag");
        Assert.Contains("De vraag is toegevoegd.", lesson.Text, StringComparison.Ordinal);
        var published = await staff.SubmitAsync(await staff.GetAsync($"/leren/beheer/{slug}"), new Dictionary<string, string>(), "#publiceren");
        Assert.Contains("Gepubliceerd: versie 1.", published.Text, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Any(a => a.Action == "leren.versie-gepubliceerd" && a.Subject == $"{title} (versie 1)")));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/leren/beheer/{slug}/les/{app.WithDb(db => db.Set<CourseVersion>().Single(v => v.Id == versionId).Content.Lessons.Single().Id)}", follow: false)).Status);

        // The offer lists it as a digital training, which leads to the course.
        var offer = await learner.GetAsync($"/aanbod/{slug}");
        Assert.Contains("digitale training", offer.Text, StringComparison.Ordinal);
        Assert.NotNull(offer.Document.QuerySelector($"a[href='/leren/{slug}']"));
        Assert.Contains(title, (await learner.GetAsync("/aanbod?soort=DigitaleTraining")).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ANewVersionMidCourseLeavesTheLearnerOnTheirOwn(string provider)
    {
        var app = apps[provider];
        var (slug, v1) = TestCourses.Publish(app, $"versies-{provider}");
        using var early = app.Client();
        await early.SignInAsync(Demo.Email("ambtenaar", "overijssel"));
        await early.SubmitAsync(await early.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        await early.SubmitAsync(await early.GetAsync($"/leren/{slug}/les/{v1.LessonNamed("Eerste les").Id}"), new Dictionary<string, string>(), "#klaar");

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var page = await staff.SubmitAsync(await staff.GetAsync($"/leren/beheer/{slug}"), new Dictionary<string, string>(), "#nieuw-concept");
        Assert.Contains("Er is een nieuw concept gemaakt.", page.Text, StringComparison.Ordinal);
        var module = page.Document.QuerySelector("select[name='NewLesson.Module'] option:last-child")!.GetAttribute("value")!;
        var added = await staff.SubmitAsync(page, new Dictionary<string, string> { ["NewLesson.Module"] = module, ["NewLesson.Title"] = "Nieuwe slotles" }, "#les");
        await staff.SubmitFilesAsync(added, new Dictionary<string, string> { ["Input.Title"] = "Nieuwe slotles", ["Input.Body"] = "Alleen in versie 2." }, "#les");
        Assert.Contains("Gepubliceerd: versie 2.", (await staff.SubmitAsync(await staff.GetAsync($"/leren/beheer/{slug}"), new Dictionary<string, string>(), "#publiceren")).Text, StringComparison.Ordinal);
        // Version 1 is untouched.
        Assert.Equal(3, app.WithDb(db => db.Set<CourseVersion>().Single(v => v.Id == v1.Id).Content.Lessons.Count));

        var mine = await early.GetAsync($"/leren/{slug}");
        Assert.Contains("1 van 3 lessen klaar.", mine.Text, StringComparison.Ordinal);
        Assert.Contains("U volgt versie 1", mine.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe slotles", mine.Text, StringComparison.Ordinal);
        var newLesson = app.WithDb(db => db.Set<CourseVersion>().Single(v => v.CourseId == v1.CourseId && v.Number == 2).Content.Lessons.Single(l => l.Title == "Nieuwe slotles").Id);
        Assert.Equal(HttpStatusCode.NotFound, (await early.GetAsync($"/leren/{slug}/les/{newLesson}", follow: false)).Status);

        using var late = app.Client();
        await late.SignInAsync(Demo.Email("collegelid", "eemsdelta"));
        var theirs = await late.SubmitAsync(await late.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        Assert.Contains("0 van 4 lessen klaar.", theirs.Text, StringComparison.Ordinal);
        Assert.Equal(2, app.WithDb(db => db.Set<Enrolment>().Where(e => e.CourseId == v1.CourseId).Select(e => e.VersionId).Distinct().Count()));
    }
}
