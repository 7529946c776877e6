using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Tests.Support;

namespace Plein.Tests.Council;

/// <summary>A fresh meeting of Zwolle's demo council for one test, so tests never share a meeting's state.</summary>
internal static class CouncilSetup
{
    internal sealed record TestMeeting(Guid Id, Guid MotionItemId, Guid MotionId, Guid AppointmentItemId, string Url);

    public static TestMeeting NewMeeting(PleinApp app, string name, bool digital = true, bool closed = false) => app.WithDb(db =>
    {
        var zwolle = db.Organisations.Single(o => o.Slug == "zwolle").Id;
        var raad = db.National<CouncilBody>().Single(b => b.OrganisationId == zwolle && b.Code == "RAAD");
        var day = global::Plein.Platform.Tenancy.Organisation.Today;
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, BodyId = raad.Id, Type = MeetingType.Raadsvergadering, Name = name, IsDigital = digital, IsClosed = closed,
            Location = digital ? "" : "Raadzaal", LivestreamUrl = digital ? "https://live.example/zwolle" : null, Status = MeetingStatus.Gepland, UpdatedAt = DateTimeOffset.UtcNow,
            PlannedStart = global::Plein.Platform.Audit.AuditText.FromLocal(day, new TimeOnly(19, 30)), PlannedEnd = global::Plein.Platform.Audit.AuditText.FromLocal(day, new TimeOnly(23, 0)),
        };
        var item = new AgendaItem { Id = Guid.NewGuid(), OrganisationId = zwolle, MeetingId = meeting.Id, Order = 1, Label = "1", Title = "Moties" };
        var appointment = new AgendaItem { Id = Guid.NewGuid(), OrganisationId = zwolle, MeetingId = meeting.Id, Order = 2, Label = "2", Title = "Benoeming griffier" };
        var motion = new CouncilDocument
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, AgendaItemId = item.Id, Kind = DocumentKind.Motie, Title = $"Motie {name}", Text = "De raad verzoekt het college iets.",
            MotionType = MotionType.Overig, Status = MotionStatus.Ingediend, SubmittedOn = day, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(meeting, item, appointment, motion);
        db.SaveChanges();
        return new TestMeeting(meeting.Id, item.Id, motion.Id, appointment.Id, $"/zwolle/raad/vergaderingen/{meeting.Id}");
    });

    /// <summary>The raad's members on the day, with the demo accounts' people first.</summary>
    public static List<(Guid PersonId, Guid? UserId, string Name)> Members(PleinApp app) => app.WithDb(db =>
    {
        var zwolle = db.Organisations.Single(o => o.Slug == "zwolle").Id;
        var raad = db.National<CouncilBody>().Single(b => b.OrganisationId == zwolle && b.Code == "RAAD").Id;
        var seats = db.National<BodyMembership>().Where(m => m.BodyId == raad && !m.IsChair && m.Ends == null).Select(m => m.PersonId).ToList();
        return db.National<CouncilPerson>().Where(p => seats.Contains(p.Id)).AsEnumerable()
            .OrderBy(p => p.UserId is null).ThenBy(p => p.Name).Select(p => (p.Id, p.UserId, p.Name)).ToList();
    });

    public static string Token(HtmlClient.Page page) => page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>The griffier marks these members present (the attendance form posts every checked box).</summary>
    public static Task<HtmlClient.Page> MarkPresentAsync(HtmlClient griffier, HtmlClient.Page room, string roomUrl, IEnumerable<Guid> people) =>
        griffier.PostAsync(roomUrl + "?handler=Attendance", [new("__RequestVerificationToken", Token(room)), .. people.Select(p => new KeyValuePair<string, string>("Present", p.ToString()))]);
}
