using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Surveys.Reporting;

/// <summary>The results of a survey: for staff always, for everyone when the survey says so. Open answers only for staff.</summary>
internal sealed class ResultsModel(PleinDb db, ITenantContext tenant, CurrentUser me, SurveyResults results) : PageModel
{
    public Survey Survey { get; private set; } = default!;
    public SurveyResults.Summary Summary { get; private set; } = default!;
    public bool CanManage { get; private set; }
    public string Path => $"/{tenant.RequiredOrganisation().Slug}/vragenlijsten/{Survey.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var survey = await db.Set<Survey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null || survey.OwnerManaged) return NotFound();
        var verdict = SurveyPermissions.CanManage(await me.LoadAsync(ct), survey.OrganisationId);
        CanManage = verdict == PlatformPermissions.Verdict.Allowed;
        if (!CanManage && !(survey.Published && survey.ResultsPublic))
            return survey.Published ? this.Enforce(verdict) ?? NotFound() : NotFound();
        Survey = survey;
        Summary = await results.ForAsync(survey, withTexts: CanManage, ct);
        return Page();
    }
}
