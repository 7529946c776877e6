using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Proposals;

/// <summary>The author edits their proposal, but only until its first support (supporters backed what they read).</summary>
internal sealed class EditProposalModel(PleinDb db, ITenantContext tenant, CurrentUser me) : PageModel
{
    [BindProperty] public NewProposalModel.InputModel Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string OriginalTitle { get; private set; } = "";
    public List<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas { get; private set; } = [];
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } proposal) return NotFound();
        if (!ParticipationPermissions.CanEdit(proposal, me.Id)) return me.Id is null ? Challenge() : Forbid();
        Input = new NewProposalModel.InputModel
        {
            Title = proposal.Title, Body = proposal.Body, Theme = proposal.Theme, Address = proposal.Address, AreaId = proposal.AreaId,
            Latitude = proposal.Latitude?.ToString(System.Globalization.CultureInfo.InvariantCulture), Longitude = proposal.Longitude?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } proposal) return NotFound();
        if (!ParticipationPermissions.CanEdit(proposal, me.Id)) return me.Id is null ? Challenge() : Forbid();
        var point = Input.Point(ModelState);
        ProposalAreas.Check(Input.AreaId, Areas, ModelState, "Input.AreaId");
        if (!ModelState.IsValid) return Page();
        var theme = string.IsNullOrWhiteSpace(Input.Theme) ? null : Input.Theme.Trim();
        var address = string.IsNullOrWhiteSpace(Input.Address) ? null : Input.Address.Trim();
        var (lat, lon) = point is { } pt ? ((double?)pt.Lat, (double?)pt.Lon) : (null, null);
        // The condition is repeated in the update itself: a support that arrives meanwhile wins.
        var changed = await db.Set<Proposal>()
            .Where(p => p.Id == id && p.AuthorId == me.Id && p.SupportCount == 0 && p.Status == ProposalStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, Input.Title.Trim()).SetProperty(p => p.Body, Input.Body.Trim()).SetProperty(p => p.Theme, theme)
                .SetProperty(p => p.Address, address).SetProperty(p => p.AreaId, Input.AreaId).SetProperty(p => p.Latitude, lat).SetProperty(p => p.Longitude, lon), ct);
        TempData["Melding"] = changed == 1 ? "Uw voorstel is gewijzigd." : "Uw voorstel heeft inmiddels steun gekregen. U kunt het niet meer wijzigen.";
        return Redirect($"/{Slug}/voorstellen/{id}");
    }

    private async Task<Proposal?> LoadAsync(Guid id, CancellationToken ct)
    {
        await me.LoadAsync(ct);
        Areas = await ProposalAreas.OptionsAsync(db, "Geen wijk in het bijzonder", ct);
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        (Id, OriginalTitle) = (id, proposal?.Title ?? "");
        return proposal;
    }
}
