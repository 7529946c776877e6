using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Plein.Learning.Studying;
using Plein.Tests.Support;
using UglyToad.PdfPig;

namespace Plein.Tests.Learning;

/// <summary>A learner enrols, carries on where they were, passes or fails knowledge checks, reflects privately and gets a certificate anyone can check.</summary>
[Collection(AppCollection.Name)]
public sealed class LearnerTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task EnrolAndResumeWhereYouLeftOff(string provider)
    {
        var app = apps[provider];
        var (slug, version) = TestCourses.Publish(app, $"hervatten-{provider}");
        using var anonymous = app.Client();
        var page = await anonymous.GetAsync($"/leren/{slug}");
        Assert.Contains("Log in om deze training te volgen", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/leren/{slug}/les/{version.LessonNamed("Eerste les").Id}", follow: false)).Status);

        using var learner = app.Client();
        await learner.SignInAsync(Demo.Email("collegelid", "overijssel"));
        // Not enrolled: a lesson sends you to the course page.
        Assert.EndsWith($"/leren/{slug}", (await learner.GetAsync($"/leren/{slug}/les/{version.LessonNamed("Eerste les").Id}")).Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        page = await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        Assert.Contains("U bent ingeschreven.", page.Text, StringComparison.Ordinal);
        await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#delen");
        Assert.Equal(1, app.WithDb(db => db.Set<Enrolment>().Count(e => e.CourseId == version.CourseId)));

        var first = await learner.GetAsync($"/leren/{slug}/les/{version.LessonNamed("Eerste les").Id}");
        Assert.Contains("Dit is de uitgeschreven tekst.", first.Text, StringComparison.Ordinal);
        Assert.NotNull(first.Document.QuerySelector("a[href='https://video.example.nl/1']"));
        var second = await learner.SubmitAsync(first, new Dictionary<string, string>(), "#klaar");
        Assert.Contains("Tweede les", second.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var course = await learner.GetAsync($"/leren/{slug}");
        Assert.Contains("1 van 3 lessen klaar.", course.Text, StringComparison.Ordinal);
        Assert.Equal($"/leren/{slug}/les/{version.LessonNamed("Tweede les").Id}", course.Document.QuerySelector("a.utrecht-button-link")!.GetAttribute("href"));
        Assert.Contains("Verder waar u was", course.Text, StringComparison.Ordinal);
        // Sharing stays off unless the learner turns it on.
        Assert.False(app.WithDb(db => db.Set<Enrolment>().Single(e => e.CourseId == version.CourseId).ShareWithOrganisation));
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/leren/{slug}/les/{Guid.NewGuid()}", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync("/leren/bestaat-niet", follow: false)).Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AKnowledgeCheckFailsThenPassesAndTheCertificateIsVerifiable(string provider)
    {
        var app = apps[provider];
        var (slug, version) = TestCourses.Publish(app, $"kennischeck-{provider}");
        using var learner = app.Client();
        await learner.SignInAsync(Demo.Email("raadslid", "overijssel"));
        await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        var checkUrl = $"/leren/{slug}/les/{version.LessonNamed("Kennischeck").Id}";
        var check = await learner.GetAsync(checkUrl);

        var missing = await learner.SubmitAsync(check, new Dictionary<string, string> { ["Answers[0]"] = "0" }, "#kennischeck");
        Assert.Equal("Kies een antwoord.", missing.FieldError("Answers[1]"));
        Assert.Equal("0", missing.Document.QuerySelector("input[name='Answers[0]']:checked")?.GetAttribute("value"));
        var nonsense = await learner.SubmitAsync(check, new Dictionary<string, string> { ["Answers[0]"] = "7", ["Answers[1]"] = "'; DROP TABLE Enrolments; --" }, "#kennischeck");
        Assert.Equal(HttpStatusCode.OK, nonsense.Status);
        Assert.Equal("Kies een antwoord.", nonsense.FieldError("Answers[0]"));
        Assert.Equal(0, app.WithDb(db => db.Set<CheckAttempt>().Count(a => a.LessonId == version.LessonNamed("Kennischeck").Id)));

        var failed = await learner.SubmitAsync(check, new Dictionary<string, string> { ["Answers[0]"] = "0", ["Answers[1]"] = "0" }, "#kennischeck");
        Assert.Contains("Nog niet gehaald: 50% goed", failed.Text, StringComparison.Ordinal);
        Assert.Contains("Klopt: dat is het uitdaagrecht.", failed.Text, StringComparison.Ordinal);
        Assert.Contains("Nee, de buren steunen hooguit.", failed.Text, StringComparison.Ordinal);
        Assert.Null(app.WithDb(db => db.Set<Enrolment>().Single(e => e.CourseId == version.CourseId).CompletedAt));

        // The other lessons first, then passing the check completes the course.
        foreach (var title in new[] { "Eerste les", "Tweede les" })
            await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}/les/{version.LessonNamed(title).Id}"), new Dictionary<string, string>(), "#klaar");
        var passed = await learner.SubmitAsync(await learner.GetAsync(checkUrl), new Dictionary<string, string> { ["Answers[0]"] = "0", ["Answers[1]"] = "1" }, "#kennischeck");
        Assert.Contains("Gefeliciteerd! U heeft de training afgerond.", passed.Text, StringComparison.Ordinal);
        var enrolment = app.WithDb(db => db.Set<Enrolment>().Single(e => e.CourseId == version.CourseId));
        Assert.NotNull(enrolment.CompletedAt);
        Assert.Contains(enrolment.CertificateCode!, passed.Text, StringComparison.Ordinal);

        var pdf = await learner.Http.GetAsync($"/leren/{slug}/certificaat");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            var name = app.WithDb(db => db.Users.Single(u => u.Id == enrolment.UserId).DisplayName);
            Assert.Contains(name, text, StringComparison.Ordinal);
            Assert.Contains(enrolment.CertificateCode!, text, StringComparison.Ordinal);
        }
        using var other = app.Client();
        await other.SignInAsync(Demo.Email("inwoner", "overijssel"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/leren/{slug}/certificaat")).StatusCode);

        using var anyone = app.Client();
        var verify = await anyone.GetAsync("/certificaat");
        var found = await anyone.GetAsync("/certificaat?code=" + Uri.EscapeDataString(enrolment.CertificateCode!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        Assert.Contains("Dit certificaat is echt.", found.Text, StringComparison.Ordinal);
        Assert.Contains($"Testtraining {slug}", found.Text, StringComparison.Ordinal);
        var unknown = await anyone.GetAsync("/certificaat?code=DIA-22222-22222");
        Assert.Contains("Wij kennen geen certificaat met deze controlecode.", unknown.Text, StringComparison.Ordinal);
        var wrong = await anyone.GetAsync("/certificaat?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.StartsWith("Vul een controlecode in", wrong.FieldError("Code"), StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", wrong.Value("Code"));
        Assert.Equal(HttpStatusCode.OK, verify.Status);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AReflectionStaysWithTheLearnerAndLeavesWithTheAccount(string provider)
    {
        var app = apps[provider];
        var (slug, version) = TestCourses.Publish(app, $"reflectie-{provider}");
        using var learner = app.Client();
        await learner.SignInAsync(Demo.Email("moderator", "overijssel"));
        await learner.SubmitAsync(await learner.GetAsync($"/leren/{slug}"), new Dictionary<string, string>(), "#inschrijven");
        var lesson = await learner.GetAsync($"/leren/{slug}/les/{version.LessonNamed("Tweede les").Id}");
        Assert.Equal("Schrijf uw antwoord.", (await learner.SubmitAsync(lesson, new Dictionary<string, string> { ["ReflectionText"] = "  " }, "#reflecteren")).FieldError("ReflectionText"));
        var tooLong = await learner.SubmitAsync(lesson, new Dictionary<string, string> { ["ReflectionText"] = new string('x', 4001) }, "#reflecteren");
        Assert.Equal("Gebruik hoogstens 4.000 tekens.", tooLong.FieldError("ReflectionText"));
        Assert.Equal(4001, tooLong.Value("ReflectionText")!.Length);
        var saved = await learner.SubmitAsync(lesson, new Dictionary<string, string> { ["ReflectionText"] = $"Mijn geheime gedachte {provider}" }, "#reflecteren");
        Assert.Contains("Alleen u kunt het lezen.", saved.Text, StringComparison.Ordinal);
        Assert.Equal($"Mijn geheime gedachte {provider}", saved.Value("ReflectionText"));

        var userId = app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("moderator", "overijssel")).Id);
        using (var scope = app.Services.CreateScope())
        {
            var source = scope.ServiceProvider.GetServices<Plein.Platform.Accounts.IPersonalDataSource>().Single(s => s.Section == "leren");
            var export = System.Text.Json.JsonSerializer.Serialize(await source.ExportAsync(userId, CancellationToken.None));
            Assert.Contains($"Mijn geheime gedachte {provider}", export, StringComparison.Ordinal);
            Assert.Contains($"Testtraining {slug}", export, StringComparison.Ordinal);
            await source.EraseAsync(userId, CancellationToken.None);
        }
        Assert.False(app.WithDb(db => db.Set<Reflection>().Any(r => r.Text == $"Mijn geheime gedachte {provider}")));
        Assert.False(app.WithDb(db => db.Set<Enrolment>().Any(e => e.UserId == userId)));
    }
}
