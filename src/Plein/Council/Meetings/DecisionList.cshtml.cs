using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Platform.Tenancy;

namespace Plein.Council.Meetings;

/// <summary>The besluitenlijst: per agenda item what was decided, each vote's result and the commitments made.</summary>
internal sealed class DecisionListModel(MeetingAgendas agendas, ITenantContext tenant) : PageModel
{
    public MeetingView View { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await agendas.LoadAsync(id, ct) is not { } view) return NotFound();
        View = view;
        return Page();
    }
}
