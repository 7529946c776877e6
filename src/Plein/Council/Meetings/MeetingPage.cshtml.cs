using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Council.People;
using Plein.Participation.Contracts;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Council.Meetings;

/// <summary>The public agenda of one meeting: items, documents with their indieners, votes and what residents said.</summary>
internal sealed class MeetingPageModel(MeetingAgendas agendas, CouncilRoster roster, IProcesses processes, CurrentUser me, ITenantContext tenant) : PageModel
{
    public MeetingView View { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public Dictionary<Guid, ResidentInput> Input { get; } = [];
    /// <summary>A member of the body, the chair or the griffie: they get the way into the meeting room.</summary>
    public bool TakesPart { get; private set; }
    public bool IsClerk { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await agendas.LoadAsync(id, ct) is not { } view) return NotFound();
        View = view;
        var loaded = await me.LoadAsync(ct);
        IsClerk = CouncilPermissions.Clerk(loaded, Organisation.Id) == PlatformPermissions.Verdict.Allowed;
        var person = await roster.PersonOfAsync(loaded.User?.Id, ct);
        TakesPart = IsClerk || (person is not null && (await roster.VotingMembersAsync(view.Body.Id, view.Meeting.Day, ct)).Any(m => m.PersonId == person.Id))
            || (loaded.User is { } user && (await roster.ChairUserIdsAsync(view.Body.Id, view.Meeting.Day, ct)).Contains(user.Id));
        foreach (var item in view.AllItems.Where(i => i.Item.ProcessId is not null && !i.Item.IsClosed))
            if (await processes.InputAsync(item.Item.ProcessId!.Value, ct) is { } input) Input[item.Item.Id] = input;
        return Page();
    }
}
