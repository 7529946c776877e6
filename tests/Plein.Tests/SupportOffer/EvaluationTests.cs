using System.Globalization;
using Plein.Support.Offer;
using Plein.Support.Sessions;
using Plein.Tests.Support;

namespace Plein.Tests.SupportOffer;

/// <summary>After a session the participants get an evaluation; marks, participants and organisations reached add up.</summary>
[Collection(AppCollection.Name)]
public sealed class EvaluationTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ParticipantsWhoCameGetTheEvaluationAndTheirMarksShowInTheReach(string provider)
    {
        var app = apps[provider];
        var (sessionId, came, stayedAway) = app.WithDb(db =>
        {
            var item = db.Set<OfferItem>().Single(o => o.Slug == "webinar-online-besluitvorming");
            var session = new OfferSession
            {
                Id = Guid.NewGuid(), OfferItemId = item.Id, Starts = DateTimeOffset.UtcNow.AddHours(-3), Ends = DateTimeOffset.UtcNow.AddHours(-2), Place = "Online", Capacity = 50, CreatedAt = DateTimeOffset.UtcNow.AddDays(-20),
            };
            db.Add(session);
            var people = db.Users.Where(u => u.Email!.EndsWith(".wdodelta@demo.plein.nl")).OrderBy(u => u.Email).Take(3).Select(u => new { u.Id, u.Email }).ToList();
            var org = db.Organisations.Single(o => o.Slug == "waterschap-drents-overijsselse-delta").Id;
            for (var i = 0; i < 3; i++)
                db.Add(new Registration { Id = Guid.NewGuid(), SessionId = session.Id, UserId = people[i].Id, Seat = i + 1, Affiliation = "Waterschap", OrganisationId = org, CreatedAt = DateTimeOffset.UtcNow.AddDays(-10), Attended = i < 2 });
            db.SaveChanges();
            return (session.Id, people.Take(2).Select(p => p.Email!).ToList(), people[2].Email!);
        });
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var page = await staff.GetAsync($"/aanbod/beheer/sessies/{sessionId}");
        page = await staff.SubmitAsync(page, new Dictionary<string, string>(), "#evaluatie");
        Assert.Contains("De evaluatie is verstuurd naar de deelnemers.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#evaluatie"));
        var mail = await app.Smtp.WaitForMailToAsync(came[0], subjectStart: "Hoe vond u Webinar online besluitvorming");
        await app.Smtp.WaitForMailToAsync(came[1], subjectStart: "Hoe vond u Webinar online besluitvorming");
        await Task.Delay(500);
        Assert.DoesNotContain(app.Smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == stayedAway) && (m.Subject ?? "").StartsWith("Hoe vond u Webinar", StringComparison.Ordinal));

        // Two anonymous participants answer, with an 8 and a 6.
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"https?://\S+").Value).PathAndQuery;
        foreach (var mark in new[] { "8", "6" })
        {
            using var participant = app.Client();
            var survey = await participant.GetAsync(link);
            var done = await participant.SubmitAsync(survey, new Dictionary<string, string> { ["cijfer"] = (int.Parse(mark, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture), ["nuttig"] = "De voorbeelden.", ["actie"] = "versturen" }, "#vragenlijst");
            Assert.True(done.Text.Contains("Bedankt!", StringComparison.Ordinal), done.Text[..Math.Min(1500, done.Text.Length)]);
        }
        page = await staff.GetAsync($"/aanbod/beheer/sessies/{sessionId}");
        Assert.Contains($"Aantal cijfers: 2, gemiddeld {7.0.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"))}.", page.Text, StringComparison.Ordinal);

        var reach = await staff.GetAsync("/aanbod/beheer/bereik");
        var table = reach.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "Bereik per onderdeel");
        var row = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList())
            .Single(r => r[0] == "Webinar online besluitvorming");
        Assert.Equal(["1", "2", "1", "2", "7,0"], row.Skip(1).ToList());
        var bad = await staff.GetAsync("/aanbod/beheer/bereik?van=2026-05-01&tot=2026-01-01");
        Assert.Equal("De einddatum ligt na de begindatum.", bad.FieldError("Tot"));
    }
}
