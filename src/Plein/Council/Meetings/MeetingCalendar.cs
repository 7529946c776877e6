using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Plein.Council.People;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Council.Meetings;

/// <summary>iCalendar feeds (RFC 5545): one meeting, or every meeting of a body to subscribe to.</summary>
internal static class MeetingCalendar
{
    public static void MapMeetingCalendar(this WebApplication app)
    {
        app.MapGet("/{org}/raad/vergaderingen/{id:guid}.ics", async (PleinDb db, ITenantContext tenant, AccountLinks links, Guid id, CancellationToken ct) =>
        {
            if (await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is not { } meeting) return Results.NotFound();
            return Calendar(tenant.RequiredOrganisation(), [meeting], links, $"vergadering-{meeting.PlannedStart:yyyyMMdd}.ics");
        }).ExcludeFromDescription();
        app.MapGet("/{org}/raad/organen/{code}.ics", async (PleinDb db, ITenantContext tenant, AccountLinks links, string code, CancellationToken ct) =>
        {
            if (await db.Set<CouncilBody>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == code.ToUpperInvariant(), ct) is not { } body) return Results.NotFound();
            var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.BodyId == body.Id).OrderBy(m => m.PlannedStart).ToListAsync(ct);
            return Calendar(tenant.RequiredOrganisation(), meetings, links, $"{body.Code.ToLowerInvariant()}.ics");
        }).ExcludeFromDescription();
    }

    private static IResult Calendar(Organisation organisation, IEnumerable<Meeting> meetings, AccountLinks links, string fileName)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Democratie in Actie//Plein//NL" };
        foreach (var m in meetings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{m.Id}@plein", Summary = $"{m.Name} ({organisation.Name})",
                Location = m.IsDigital ? string.IsNullOrEmpty(m.Location) ? "Digitaal" : $"Digitaal ({m.Location})" : m.Location,
                Description = $"{m.Explanation}\n\n{links.To($"/{organisation.Slug}/raad/vergaderingen/{m.Id}")}".Trim(),
                Start = new CalDateTime(m.PlannedStart.UtcDateTime, "UTC"), End = new CalDateTime(m.PlannedEnd.UtcDateTime, "UTC"),
                Status = m.Status == MeetingStatus.Geannuleerd ? "CANCELLED" : "CONFIRMED",
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", fileName);
    }
}
