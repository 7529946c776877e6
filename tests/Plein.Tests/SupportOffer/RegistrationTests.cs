using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Support.Offer;
using Plein.Support.Sessions;
using Plein.Tests.Support;

namespace Plein.Tests.SupportOffer;

/// <summary>Dates of the offer: managing them, registering, the waiting list, cancelling, reminders and the calendar file.</summary>
[Collection(AppCollection.Name)]
public sealed class RegistrationTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private static Guid NewSession(PleinApp app, string slug, int capacity, TimeSpan from) => app.WithDb(db =>
    {
        var item = db.Set<OfferItem>().Single(o => o.Slug == slug);
        var session = new OfferSession
        {
            Id = Guid.NewGuid(), OfferItemId = item.Id, Starts = DateTimeOffset.UtcNow + from, Ends = DateTimeOffset.UtcNow + from + TimeSpan.FromHours(2),
            Place = "Stadhuis", Capacity = capacity, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(session);
        db.SaveChanges();
        return session.Id;
    });

    [Theory, MemberData(nameof(Providers))]
    public async Task ConcurrentRegistrationsNeverGoOverCapacityAndACancellationPromotesTheFirstWaiting(string provider)
    {
        var app = apps[provider];
        var sessionId = NewSession(app, "grip-op-regionale-samenwerking", capacity: 3, TimeSpan.FromDays(20));
        var users = app.WithDb(db => db.Users.Where(u => u.Email!.EndsWith("@demo.plein.nl")).OrderBy(u => u.Email).Select(u => u.Id).Take(12).ToList());
        Assert.Equal(12, users.Count);
        var outcomes = await Task.WhenAll(users.Select(async user =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
            var session = await db.Set<OfferSession>().AsNoTracking().SingleAsync(s => s.Id == sessionId);
            return await scope.ServiceProvider.GetRequiredService<Registrations>().RegisterAsync(session, "Grip op regionale samenwerking", user, "Test", null, CancellationToken.None);
        }));
        Assert.Equal(3, outcomes.Count(o => o == Registrations.Outcome.Registered));
        Assert.Equal(9, outcomes.Count(o => o == Registrations.Outcome.WaitingList));
        var seats = app.WithDb(db => db.Set<Registration>().Where(r => r.SessionId == sessionId && r.Seat != null).Select(r => r.Seat!.Value).OrderBy(s => s).ToList());
        Assert.Equal([1, 2, 3], seats);

        var (leaving, firstWaiting) = app.WithDb(db =>
        {
            var rows = db.Set<Registration>().Where(r => r.SessionId == sessionId).ToList();
            return (rows.First(r => r.Seat == 2).UserId, rows.Where(r => r.Seat == null).OrderBy(r => r.CreatedAt).First().UserId);
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var session = await scope.ServiceProvider.GetRequiredService<PleinDb>().Set<OfferSession>().AsNoTracking().SingleAsync(s => s.Id == sessionId);
            Assert.True(await scope.ServiceProvider.GetRequiredService<Registrations>().CancelAsync(session, "Grip op regionale samenwerking", leaving, CancellationToken.None));
        }
        var promoted = app.WithDb(db => db.Set<Registration>().Single(r => r.SessionId == sessionId && r.UserId == firstWaiting));
        Assert.Equal(2, promoted.Seat);
        Assert.NotNull(app.WithDb(db => db.Set<Registration>().Single(r => r.SessionId == sessionId && r.UserId == leaving).CancelledAt));
        var email = app.WithDb(db => db.Users.Single(u => u.Id == firstWaiting).Email!);
        var mails = new List<string>();
        for (var i = 0; i < 100 && !mails.Any(s => s.StartsWith("Er is plaats", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(200);
            mails = [.. app.Smtp.Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == email)).Select(m => m.Subject ?? "")];
        }
        Assert.Contains("Er is plaats: Grip op regionale samenwerking", mails);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AResidentRegistersThroughThePageGetsTheCalendarFileAndCancels(string provider)
    {
        var app = apps[provider];
        var sessionId = NewSession(app, "weerbaar-bestuur", capacity: 10, TimeSpan.FromDays(14));
        using var client = app.Client();
        await client.SignInAsync(Demo.Email("collegelid", "overijssel"));
        var page = await client.GetAsync("/aanbod/weerbaar-bestuur");
        Assert.Contains("nog 10 van 10", page.Text, StringComparison.Ordinal);
        Assert.Equal("Collegelid, Overijssel", page.Value("Affiliation"));
        var refused = await client.SubmitAsync(page, new Dictionary<string, string> { ["Affiliation"] = "" }, "#inschrijven");
        Assert.Equal("Kies een datum.", refused.Document.QuerySelector("#Session-error")!.TextContent.Trim());
        Assert.Equal("Vul uw functie en organisatie in.", refused.FieldError("Affiliation"));
        page = await client.SubmitAsync(page, new Dictionary<string, string> { ["Session"] = sessionId.ToString(), ["Affiliation"] = "Gedeputeerde, Overijssel" }, "#inschrijven");
        Assert.Contains("U bent ingeschreven.", page.Text, StringComparison.Ordinal);
        Assert.Contains("nog 9 van 10", page.Text, StringComparison.Ordinal);
        var confirmation = await app.Smtp.WaitForMailToAsync(Demo.Email("collegelid", "overijssel"), subjectStart: "Ingeschreven: Training weerbaar bestuur");
        Assert.Contains($"/aanbod/sessies/{sessionId}.ics", confirmation.TextBody, StringComparison.Ordinal);

        using var ics = await client.Http.GetAsync(new Uri($"/aanbod/sessies/{sessionId}.ics", UriKind.Relative));
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var calendar = await ics.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Training weerbaar bestuur", calendar, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Stadhuis", calendar, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/aanbod/sessies/{Guid.NewGuid()}.ics", follow: false)).Status);

        // Cancelling from "mijn inschrijvingen" works even once the item is no longer in the public offer.
        app.WithDb(db => db.Set<OfferItem>().Where(o => o.Slug == "weerbaar-bestuur").ExecuteUpdate(s => s.SetProperty(o => o.Published, false)));
        try
        {
            var mine = await client.GetAsync("/aanbod/mijn-inschrijvingen");
            mine = await client.SubmitAsync(mine, new Dictionary<string, string>(), $"#afmelden-{sessionId}");
            Assert.Contains("U bent afgemeld.", mine.Text, StringComparison.Ordinal);
            Assert.Null(mine.Document.QuerySelector($"#afmelden-{sessionId}"));
        }
        finally
        {
            app.WithDb(db => db.Set<OfferItem>().Where(o => o.Slug == "weerbaar-bestuur").ExecuteUpdate(s => s.SetProperty(o => o.Published, true)));
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ProgrammeStaffMakeAnItemAndPlanADateWithClearMessages(string provider)
    {
        var app = apps[provider];
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        var form = await staff.GetAsync("/aanbod/beheer/onderdeel");
        var refused = await staff.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Summary"] = "Kort", ["Input.Capacity"] = "0" }, "#onderdeel");
        Assert.Equal("Vul een titel in.", refused.FieldError("Input.Title"));
        Assert.Equal("Vul 1 tot en met 1.000 plaatsen in.", refused.FieldError("Input.Capacity"));
        Assert.Equal("Kies voor wie het is.", refused.Document.QuerySelector("#Input_TargetGroups-error")!.TextContent.Trim());
        Assert.Equal("Kort", refused.Value("Input.Summary"));
        var title = $"Leerkring energietransitie {provider}";
        var saved = await staff.PostAsync("/aanbod/beheer/onderdeel",
        [
            new("__RequestVerificationToken", form.Document.QuerySelector("#onderdeel [name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.Title", title), new("Input.Summary", "Raadsleden leren van elkaar over de Regionale Energiestrategie."), new("Input.Kind", "Leerkring"),
            new("Input.Format", "Hybride"), new("Input.TargetGroups", "Raadsleden"), new("Input.TargetGroups", "Griffiers"), new("Input.Areas", "1"), new("Input.Priorities", "D"),
            new("Input.Provider", "Democratie in Actie"), new("Input.Cost", "Gratis"), new("Input.Capacity", "15"), new("Input.Published", "true"),
        ]);
        Assert.Contains("Het onderdeel is opgeslagen.", saved.Text, StringComparison.Ordinal);
        var tomorrow = DateTime.UtcNow.Date.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var badDate = await staff.SubmitAsync(saved, new Dictionary<string, string>
        {
            ["NewSession.Date"] = "2020-01-01", ["NewSession.From"] = "20:00", ["NewSession.Until"] = "19:00", ["NewSession.Place"] = "Online", ["NewSession.OnlineLink"] = "http://onveilig.example", ["NewSession.Capacity"] = "15",
        }, "#sessie");
        Assert.Equal("Kies een datum vanaf vandaag.", badDate.FieldError("NewSession.Date"));
        Assert.Equal("De eindtijd ligt na de begintijd.", badDate.FieldError("NewSession.Until"));
        Assert.Equal("Vul een volledige link in die met https:// begint.", badDate.FieldError("NewSession.OnlineLink"));
        Assert.Equal("20:00", badDate.Value("NewSession.From"));
        var planned = await staff.SubmitAsync(saved, new Dictionary<string, string>
        {
            ["NewSession.Date"] = tomorrow, ["NewSession.From"] = "19:30", ["NewSession.Until"] = "21:30", ["NewSession.Place"] = "Online", ["NewSession.OnlineLink"] = "https://leerkring.example", ["NewSession.Capacity"] = "15",
        }, "#sessie");
        Assert.Contains("De datum is toegevoegd.", planned.Text, StringComparison.Ordinal);

        using var visitor = app.Client();
        var list = await visitor.GetAsync("/aanbod?soort=Leerkring&vorm=Hybride&zoek=energiestrategie");
        Assert.Contains(title, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Raad in beraad", list.Text, StringComparison.Ordinal);
        Assert.Contains("19:30", (await visitor.GetAsync(list.Document.QuerySelector($"main a[href^='/aanbod/leerkring-energietransitie']")!.GetAttribute("href")!)).Text, StringComparison.Ordinal);

        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/aanbod/beheer", follow: false)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/aanbod/beheer/onderdeel", follow: false)).Status);
    }

    [Fact]
    public async Task TheDayBeforeRegisteredParticipantsGetOneReminder()
    {
        var app = apps[PleinApp.Sqlite];
        var sessionId = NewSession(app, "responsieve-organisatie", capacity: 5, TimeSpan.FromHours(10));
        var user = app.WithDb(db => db.Users.Single(u => u.Email == Demo.Email("griffier", "overijssel")).Id);
        app.WithDb(db =>
        {
            db.Add(new Registration { Id = Guid.NewGuid(), SessionId = sessionId, UserId = user, Seat = 1, Affiliation = "Griffier", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });
        var reminders = app.Services.GetRequiredService<SessionReminders>();
        Assert.True(await reminders.RunAsync(CancellationToken.None) >= 1);
        var mail = await app.Smtp.WaitForMailToAsync(Demo.Email("griffier", "overijssel"), subjectStart: "Morgen: ");
        Assert.Equal("Morgen: Workshop responsieve ambtelijke organisatie", mail.Subject);
        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
        Assert.NotNull(app.WithDb(db => db.Set<OfferSession>().Single(s => s.Id == sessionId).ReminderSentAt));
    }

    private static async Task<Registrations.Outcome> RegisterAsync(PleinApp app, Guid sessionId, Guid user, string affiliation = "Test")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<PleinDb>().Set<OfferSession>().AsNoTracking().SingleAsync(s => s.Id == sessionId);
        return await scope.ServiceProvider.GetRequiredService<Registrations>().RegisterAsync(session, "Test", user, affiliation, null, CancellationToken.None);
    }

    private static async Task CancelAsync(PleinApp app, Guid sessionId, Guid user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<PleinDb>().Set<OfferSession>().AsNoTracking().SingleAsync(s => s.Id == sessionId);
        await scope.ServiceProvider.GetRequiredService<Registrations>().CancelAsync(session, "Test", user, CancellationToken.None);
    }

    [Fact]
    public async Task ACancelledWaiterIsSkippedAndErasingAnAccountGivesItsSeatToTheNextInLine()
    {
        var app = apps[PleinApp.Sqlite];
        var sessionId = NewSession(app, "leerkring-raadsakkoorden", capacity: 1, TimeSpan.FromDays(40));
        var users = app.WithDb(db => db.Users.Where(u => u.Email!.EndsWith(".overijssel@demo.plein.nl")).OrderBy(u => u.Email).Select(u => u.Id).Take(4).ToList());
        Assert.Equal(Registrations.Outcome.Registered, await RegisterAsync(app, sessionId, users[0]));
        Assert.Equal(Registrations.Outcome.WaitingList, await RegisterAsync(app, sessionId, users[1]));
        Assert.Equal(Registrations.Outcome.WaitingList, await RegisterAsync(app, sessionId, users[2], "=HYPERLINK(\"https://kwaad.example\")"));
        await CancelAsync(app, sessionId, users[1]);
        // Erasing the seat holder's personal data cancels the coming registration: the seat goes to users[2], not the cancelled users[1].
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetServices<global::Plein.Platform.Accounts.IPersonalDataSource>().Single(s => s.Section == "aanbod");
            Assert.NotNull(await source.ExportAsync(users[0], CancellationToken.None));
            await source.EraseAsync(users[0], CancellationToken.None);
        }
        var rows = app.WithDb(db => db.Set<Registration>().Where(r => r.SessionId == sessionId).ToList());
        Assert.Equal(1, rows.Single(r => r.UserId == users[2]).Seat);
        Assert.Null(rows.Single(r => r.UserId == users[1]).Seat);
        Assert.Equal("", rows.Single(r => r.UserId == users[0]).Affiliation);

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        using var csv = await staff.Http.GetAsync(new Uri($"/aanbod/beheer/sessies/{sessionId}?handler=Csv", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();
        // The cell is there, escaped: no field starts with the formula itself.
        Assert.Contains("'=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";\"=HYPERLINK", text, StringComparison.Ordinal);
    }
}
