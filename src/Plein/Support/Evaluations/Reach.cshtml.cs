using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Platform.Accounts;

namespace Plein.Support.Evaluations;

/// <summary>Reach and appreciation per offer item over a period chosen by programme staff (see <see cref="OfferReach"/>).</summary>
internal sealed class ReachModel(CurrentUser me, OfferReach reach) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Tot { get; set; }
    public IReadOnlyList<OfferReach.Row> Rows { get; private set; } = [];
    public OfferReach.Row Total { get; private set; } = new("", "", 0, 0, 0, 0, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        var today = Platform.Tenancy.Organisation.Today;
        Van ??= new DateOnly(today.Year, 1, 1);
        Tot ??= today;
        if (Tot < Van) ModelState.AddModelError(nameof(Tot), "De einddatum ligt na de begindatum.");
        if (!ModelState.IsValid) return Page();
        var from = new DateTimeOffset(Van.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(Tot.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var result = await reach.ForAsync(from, until, ct);
        (Rows, Total) = (result.Items, result.Total);
        return Page();
    }
}
