using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Council.Voting;

/// <summary>
/// The digital meeting room. Members register presence and vote from their own account and see their recorded vote;
/// the chair (or the griffie for the chair) opens the meeting with quorum and opens and closes votes; the griffie
/// records presence, roll calls and paper votes on persons.
/// </summary>
internal sealed class MeetingRoomModel(PleinDb db, MeetingAgendas agendas, CouncilRoster roster, MeetingFloor floor, VoteRecords records, CurrentUser me, ITenantContext tenant) : PageModel
{
    public sealed class VoteInput
    {
        public Guid? ItemId { get; set; }
        public Guid? DocumentId { get; set; }
        public VoteMethod? Method { get; set; }
        public bool OnPersons { get; set; }
    }

    [BindProperty] public VoteInput Vote { get; set; } = new();
    [BindProperty] public VoteChoice? Choice { get; set; }
    [BindProperty] public List<Guid> Present { get; set; } = [];
    [BindProperty] public Dictionary<Guid, VoteChoice> RollCall { get; set; } = [];
    [BindProperty] public string? Candidates { get; set; }
    [BindProperty] public string? PaperResult { get; set; }
    /// <summary>The vote the page showed: a button pressed on a stale page must not act on a vote opened since.</summary>
    [BindProperty] public Guid? VoteId { get; set; }

    public MeetingView View { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public IReadOnlyList<RosterMember> Members { get; private set; } = [];
    public IReadOnlyList<Guid> PresentIds { get; private set; } = [];
    public int Seats { get; private set; }
    public RosterMember? Me { get; private set; }
    public bool IsChair { get; private set; }
    public bool IsClerk { get; private set; }
    public CouncilVote? OpenVote { get; private set; }
    public VoteCounts? OpenCounts { get; private set; }
    public VoteChoice? MyRecordedChoice { get; private set; }

    public bool MePresent => Me is not null && PresentIds.Contains(Me.PersonId);
    public int PresentMembers => Members.Count(m => PresentIds.Contains(m.PersonId));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostPresenceAsync(Guid id, bool present, CancellationToken ct) =>
        ActAsync(id, () => Me is null, () => floor.SetPresenceAsync(View.Meeting, Me!.PersonId, present, ct),
            present ? "U bent aangemeld als aanwezig." : "U bent afgemeld.", "Present", ct);

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsClerk, async () =>
        {
            foreach (var member in Members)
                if (PresentIds.Contains(member.PersonId) != Present.Contains(member.PersonId))
                    if (await floor.SetPresenceAsync(View.Meeting, member.PersonId, Present.Contains(member.PersonId), ct) is { } refused) return refused;
            return null;
        }, "De aanwezigheid is bijgewerkt.", "Present", ct);

    public Task<IActionResult> OnPostOpenMeetingAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsChair, () => floor.OpenMeetingAsync(View.Meeting, ct), "De vergadering is geopend.", "Vergadering", ct);

    public Task<IActionResult> OnPostEndMeetingAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsChair, () => floor.EndMeetingAsync(View.Meeting, ct), "De vergadering is gesloten.", "Vergadering", ct);

    public Task<IActionResult> OnPostOpenVoteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsChair, async () =>
        {
            if (Vote.ItemId is not { } itemId || View.AllItems.FirstOrDefault(i => i.Item.Id == itemId) is not { } item) return Field("Vote.ItemId", "Kies het agendapunt waarover wordt gestemd.");
            if (Vote.Method is not { } method) return Field("Vote.Method", "Kies hoe er wordt gestemd.");
            CouncilDocument? document = null;
            if (Vote.DocumentId is { } documentId && (document = item.Documents.FirstOrDefault(d => d.Document.Id == documentId)?.Document) is null)
                return Field("Vote.DocumentId", "Dit stuk hoort niet bij het gekozen agendapunt.");
            if (document is { Status: not (null or MotionStatus.Ingediend) })
                return Field("Vote.DocumentId", "Over dit stuk kan niet (meer) worden gestemd: het is ingetrokken, aangehouden of er is al over besloten.");
            return (await floor.OpenVoteAsync(View.Meeting, item.Item, document, method, Vote.OnPersons, ct)).Error;
        }, "De stemming is geopend.", "Vote.Method", ct);

    public Task<IActionResult> OnPostCastAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => Me is null, async () =>
        {
            if (Stale() is { } stale) return stale;
            if (Choice is not { } choice) return Field("Choice", "Kies voor, tegen of onthouden.");
            return await floor.CastAsync(OpenVote!, View.Meeting, Me!.PersonId, choice, (await me.LoadAsync(ct)).User!.Id, ct);
        }, "Uw stem is vastgelegd.", "Stemming", ct);

    public Task<IActionResult> OnPostCloseVoteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsChair, async () => Stale() ?? await floor.CloseVoteAsync(OpenVote!, View.Meeting, ct),
            "De stemming is gesloten. De uitslag is openbaar.", "Stemming", ct);

    public Task<IActionResult> OnPostRollCallAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsClerk, async () => Stale() ?? await floor.RecordRollCallAsync(OpenVote!, View.Meeting, RollCall, (await me.LoadAsync(ct)).User!.Id, ct),
            "De hoofdelijke stemming is vastgelegd en gesloten.", "RollCall", ct);

    public Task<IActionResult> OnPostPaperAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => !IsClerk, async () =>
        {
            if (Stale() is { } stale) return stale;
            if (PaperCounts.Parse(Candidates) is not { } counts) return Field("Candidates", "Schrijf per regel een kandidaat en het aantal stemmen, bijvoorbeeld: J. de Vries: 17");
            if (string.IsNullOrWhiteSpace(PaperResult) || PaperResult.Length > 200) return Field("PaperResult", "Schrijf de uitslag in hoogstens 200 tekens, bijvoorbeeld: benoemd is J. de Vries.");
            return await floor.RecordPaperAsync(OpenVote!, View.Meeting, counts, PaperResult.Trim(), ct);
        }, "De uitslag van de schriftelijke stemming is vastgelegd.", "Candidates", ct);

    private const string FieldMarker = "\u0001";

    private string? Stale() =>
        OpenVote is null ? "Er loopt nu geen stemming."
        : VoteId != OpenVote.Id ? "Er is intussen een andere stemming geopend. Bekijk de stemming die nu loopt." : null;

    /// <summary>An error that belongs next to one field rather than at the top of the form.</summary>
    private string Field(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return FieldMarker;
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<bool> refused, Func<Task<string?>> act, string done, string errorKey, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (refused()) return this.Refuse();
        if (await act() is { } error)
        {
            if (error != FieldMarker) ModelState.AddModelError(errorKey, error);
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Melding"] = done;
        return Redirect($"/{Organisation.Slug}/raad/vergaderingen/{id}/zaal");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await agendas.LoadAsync(id, ct) is not { } view) return NotFound();
        View = view;
        var loaded = await me.LoadAsync(ct);
        var day = view.Meeting.Day;
        Members = await roster.VotingMembersAsync(view.Body.Id, day, ct);
        var person = await roster.PersonOfAsync(loaded.User?.Id, ct);
        Me = Members.FirstOrDefault(m => m.PersonId == person?.Id);
        var chair = CouncilPermissions.Chair(loaded, Organisation.Id, await roster.ChairUserIdsAsync(view.Body.Id, day, ct));
        IsChair = chair == PlatformPermissions.Verdict.Allowed;
        IsClerk = CouncilPermissions.Clerk(loaded, Organisation.Id) == PlatformPermissions.Verdict.Allowed;
        if (!IsChair && Me is null) return this.Enforce(chair);
        PresentIds = await floor.PresentAsync(id, ct);
        Seats = view.Body.Seats;
        OpenVote = await db.Set<CouncilVote>().AsNoTracking().FirstOrDefaultAsync(v => v.MeetingId == id && v.ClosedAt == null, ct);
        if (OpenVote is not null)
        {
            OpenCounts = await records.CountsAsync(OpenVote.Id, ct);
            if (Me is not null)
                MyRecordedChoice = await db.Set<CastVote>().AsNoTracking().Where(c => c.VoteId == OpenVote.Id && c.PersonId == Me.PersonId).Select(c => (VoteChoice?)c.Choice).FirstOrDefaultAsync(ct);
        }
        return null;
    }
}
