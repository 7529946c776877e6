using System.Net;
using Plein.Support.Offer;
using Plein.Support.Requests;
using Plein.Support.Sessions;
using Plein.Tests.Support;

namespace Plein.Tests.SupportOffer;

/// <summary>An organisation requests the driehoek workshop; the programme does the intake and plans a date only its members see.</summary>
[Collection(AppCollection.Name)]
public sealed class OfferRequestTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AnOrganisationRequestsAWorkshopAndGetsADateForItsOwnPeople(string provider)
    {
        var app = apps[provider];
        var item = app.WithDb(db => db.Set<OfferItem>().Single(o => o.Slug == "versterking-lokale-driehoeken").Id);
        using var clerk = app.Client();
        await clerk.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var form = await clerk.GetAsync($"/zwolle/aanbod/aanvragen?onderdeel={item}");
        Assert.Equal(item.ToString(), form.Document.QuerySelector("#Input_Item option[selected]")?.GetAttribute("value"));
        var refused = await clerk.SubmitAsync(form, new Dictionary<string, string> { ["Input.Item"] = "", ["Input.Participants"] = "", ["Input.PreferredPeriod"] = "Maart", ["Input.Wishes"] = "Graag op het stadhuis." }, "#aanvraag");
        Assert.Equal("Kies wat u aanvraagt.", refused.FieldError("Input.Item"));
        Assert.Equal("Schrijf wie meedoen.", refused.FieldError("Input.Participants"));
        Assert.Equal("Graag op het stadhuis.", refused.Value("Input.Wishes"));
        var sent = await clerk.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Item"] = item.ToString(), ["Input.Participants"] = $"Burgemeester, gemeentesecretaris en griffier ({provider})", ["Input.PreferredPeriod"] = "Een middag in maart", ["Input.Wishes"] = "Graag op het stadhuis.",
        }, "#aanvraag");
        Assert.Contains("Uw aanvraag is verstuurd.", sent.Text, StringComparison.Ordinal);
        Assert.StartsWith("Aanvraag: Versterking lokale driehoeken voor Zwolle", (await app.Smtp.WaitForMailToAsync(Demo.Email("programmamedewerker", "programma"), subjectStart: "Aanvraag: Versterking")).Subject, StringComparison.Ordinal);
        var id = app.WithDb(db => db.National<OfferRequest>().Single(r => r.Participants.Contains(provider)).Id);

        using (var resident = app.Client())
        {
            await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
            Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync("/zwolle/aanbod/aanvragen", follow: false)).Status);
        }

        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("programmamedewerker", "programma"));
        Assert.Contains("Zwolle", (await staff.GetAsync("/aanbod/beheer/aanvragen")).Text, StringComparison.Ordinal);
        var casePage = await staff.GetAsync($"/aanbod/beheer/aanvragen/{id}");
        var noReason = await staff.SubmitAsync(casePage, new Dictionary<string, string> { ["Step.State"] = "Afgewezen", ["Step.Message"] = "" }, "#stap");
        Assert.Equal("Schrijf waarom de aanvraag niet doorgaat.", noReason.FieldError("Step.Message"));
        casePage = await staff.SubmitAsync(casePage, new Dictionary<string, string> { ["Step.State"] = "Intake", ["Step.Message"] = "Zullen we bellen op dinsdag?" }, "#stap");
        Assert.Contains("De aanvraag is bijgewerkt.", casePage.Text, StringComparison.Ordinal);
        Assert.Contains("Zullen we bellen op dinsdag?", (await app.Smtp.WaitForMailToAsync(Demo.Email("ambtenaar", "zwolle"), subjectStart: "Uw aanvraag: Versterking")).TextBody, StringComparison.Ordinal);
        var day = DateTime.UtcNow.Date.AddDays(45).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var pastDate = await staff.SubmitAsync(casePage, new Dictionary<string, string> { ["NewSession.Date"] = "2021-03-01", ["NewSession.From"] = "13:00", ["NewSession.Until"] = "17:00", ["NewSession.Place"] = "Stadhuis Zwolle", ["NewSession.Capacity"] = "6" }, "#plannen");
        Assert.Equal("Kies een datum vanaf vandaag.", pastDate.FieldError("NewSession.Date"));
        var place = $"Stadhuis Zwolle, trouwzaal ({provider})";
        casePage = await staff.SubmitAsync(casePage, new Dictionary<string, string> { ["NewSession.Date"] = day, ["NewSession.From"] = "13:00", ["NewSession.Until"] = "17:00", ["NewSession.Place"] = place, ["NewSession.Capacity"] = "6" }, "#plannen");
        Assert.Equal(RequestState.Gepland, app.WithDb(db => db.National<OfferRequest>().Single(r => r.Id == id).State));
        var session = app.WithDb(db => db.Set<OfferSession>().Single(s => s.RequestId == id).Id);

        // Only Zwolle's people see and register for this date.
        Assert.Contains(place, (await clerk.GetAsync("/zwolle/aanbod/aanvragen")).Text, StringComparison.Ordinal);
        using var councillor = app.Client();
        await councillor.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var itemPage = await councillor.GetAsync("/aanbod/versterking-lokale-driehoeken");
        Assert.Contains(place, itemPage.Text, StringComparison.Ordinal);
        Assert.Contains("U bent ingeschreven.", (await councillor.SubmitAsync(itemPage, new Dictionary<string, string> { ["Session"] = session.ToString(), ["Affiliation"] = "Raadslid, Zwolle" }, "#inschrijven")).Text, StringComparison.Ordinal);
        using var outsider = app.Client();
        await outsider.SignInAsync(Demo.Email("raadslid", "overijssel"));
        var elsewhere = await outsider.GetAsync("/aanbod/versterking-lokale-driehoeken");
        Assert.DoesNotContain(place, elsewhere.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/aanbod/sessies/{session}.ics", follow: false)).Status);
        Assert.Equal(HttpStatusCode.OK, (await councillor.GetAsync($"/aanbod/sessies/{session}.ics", follow: false)).Status);
        Assert.Contains("Aanvragen voor uw eigen organisatie", (await clerk.GetAsync("/aanbod/versterking-lokale-driehoeken")).Text, StringComparison.Ordinal);
    }
}
