using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Council.Manage;

/// <summary>The griffie plans a meeting or changes one: date, place or digital, livestream, public or closed, cancelled.</summary>
internal sealed class EditMeetingModel(PleinDb db, CurrentUser me, ITenantContext tenant, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public MeetingInput Input { get; set; } = new();
    [BindProperty] public long Version { get; set; }
    public Meeting? Meeting { get; private set; }
    public List<SelectListItem> Bodies { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Meeting is { } m) (Input, Version) = (MeetingInput.From(m), RowVersion.Of(m.UpdatedAt));
        else (Input.Type, Input.Date, Input.Starts, Input.Ends) = (MeetingType.Raadsvergadering, Organisation.Today.AddDays(14), new TimeOnly(19, 30), new TimeOnly(23, 0));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Input.Validate(ModelState, nameof(Input));
        if (Input.BodyId is { } body && !Bodies.Any(b => b.Value == body.ToString())) ModelState.AddModelError("Input.BodyId", "Kies een orgaan uit de lijst.");
        if (Meeting is { OpenedAt: not null }) ModelState.AddModelError("Input.Date", "Deze vergadering is al geopend. Datum, plaats en openbaarheid liggen vast.");
        if (!ModelState.IsValid) return Page();
        var meeting = Meeting is null ? new Meeting { Id = Guid.NewGuid() } : await db.Set<Meeting>().SingleAsync(m => m.Id == Meeting.Id, ct);
        if (Meeting is null) db.Add(meeting);
        else db.Entry(meeting).Property(m => m.UpdatedAt).OriginalValue = RowVersion.From(Version);
        Input.ApplyTo(meeting);
        meeting.UpdatedAt = clock.GetUtcNow();
        audit.Record(Organisation.Id, Meeting is null ? "raad.vergadering-gepland" : "raad.vergadering-gewijzigd", meeting.Name, Input.Cancelled ? "geannuleerd" : null);
        if (!await db.TrySaveAsync(ct))
        {
            TempData["Melding"] = "Iemand anders heeft deze vergadering net gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.";
            return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{meeting.Id}/gegevens");
        }
        TempData["Melding"] = Meeting is null ? "De vergadering is gepland. Zet nu de agenda klaar." : "De vergadering is bijgewerkt.";
        return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{meeting.Id}");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (this.Enforce(CouncilPermissions.Clerk(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        if (id != "nieuw")
        {
            if (!Guid.TryParse(id, out var meetingId) || await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is not { } meeting) return NotFound();
            Meeting = meeting;
        }
        // The Guid becomes text here, not in SQL: SQLite would give it in capitals, and the posted choice would not match.
        var bodies = await db.Set<CouncilBody>().AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Name).Select(b => new { b.Name, b.Id }).ToListAsync(ct);
        Bodies = [new("Kies een orgaan", ""), .. bodies.Select(b => new SelectListItem(b.Name, b.Id.ToString()))];
        return null;
    }
}
