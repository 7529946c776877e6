using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Learning.Contracts;
using Plein.Platform.Accounts;

namespace Plein.Learning.Reach;

/// <summary>The reach of the digital trainings over a period, for programme staff: the same figures Monitoring reads.</summary>
internal sealed class ReachPageModel(CurrentUser me, ILearningReach reach) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Tot { get; set; }
    public IReadOnlyList<CourseReach> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(LearningPermissions.ManageCourses(await me.LoadAsync(ct))) is { } denied) return denied;
        var today = Platform.Tenancy.Organisation.Today;
        Van ??= new DateOnly(today.Year, 1, 1);
        Tot ??= today;
        if (Tot < Van) ModelState.AddModelError(nameof(Tot), "De einddatum ligt na de begindatum.");
        if (!ModelState.IsValid) return Page();
        Rows = await reach.PerCourseAsync(Van.Value, Tot.Value, ct);
        return Page();
    }
}
