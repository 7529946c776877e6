using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Support.Offer;

namespace Plein.Support.Sessions;

/// <summary>One session as an iCalendar file (RFC 5545, with Ical.Net), for any calendar program.</summary>
internal static class SessionCalendar
{
    public static void MapSessionCalendar(this WebApplication app) =>
        app.MapGet("/aanbod/sessies/{id:guid}.ics", async (PleinDb db, AccountLinks links, CurrentUser me, Guid id, CancellationToken ct) =>
        {
            var found = await (from s in db.Set<OfferSession>().AsNoTracking()
                               join o in db.Set<OfferItem>().AsNoTracking() on s.OfferItemId equals o.Id
                               where s.Id == id && o.Published
                               select new { Session = s, o.Title, o.Summary, o.Slug }).FirstOrDefaultAsync(ct);
            if (found is null) return Results.NotFound();
            var session = found.Session;
            // A date planned for one organisation is only for its members.
            if (session.OrganisationId is { } only && !(await me.LoadAsync(ct)).Memberships.Any(m => m.OrganisationId == only)) return Results.NotFound();
            var calendar = new Ical.Net.Calendar { ProductId = "-//Democratie in Actie//Plein//NL" };
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{session.Id}@plein", Summary = found.Title, Location = session.Place,
                Description = $"{found.Summary}\n\n{links.To($"/aanbod/{found.Slug}")}",
                Start = new CalDateTime(session.Starts.UtcDateTime, "UTC"), End = new CalDateTime(session.Ends.UtcDateTime, "UTC"),
                Status = session.CancelledAt is null ? "CONFIRMED" : "CANCELLED",
            });
            var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"{found.Slug}-{session.Starts:yyyyMMdd}.ics");
        }).ExcludeFromDescription();
}
