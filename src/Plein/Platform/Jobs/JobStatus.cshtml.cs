using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Jobs;

/// <summary>Progress of a background job, for the person who started it and for staff. Refreshes itself with JavaScript.</summary>
internal sealed class JobStatusModel(PleinDb db, ITenantContext tenant, CurrentUser me) : PageModel
{
    public BackgroundJob Job { get; private set; } = default!;
    public int Percent => Job.Total == 0 ? (Job.State == JobState.Klaar ? 100 : 0) : (int)Math.Round(100.0 * Job.Done / Job.Total);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var job = await FindAsync(db, me, tenant, id, ct);
        if (job is null) return me.Id is null ? Challenge() : NotFound();
        Job = job;
        return Page();
    }

    public static string Describe(JobState state) => state switch
    {
        JobState.Wachtend => "wacht op zijn beurt",
        JobState.Bezig => "bezig",
        JobState.Klaar => "klaar",
        _ => "mislukt",
    };

    /// <summary>The job, when this person started it or runs the organisation's content.</summary>
    public static async Task<BackgroundJob?> FindAsync(PleinDb db, CurrentUser me, ITenantContext tenant, Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return null;
        var staff = PlatformPermissions.CanManageContent(loaded, tenant.RequiredOrganisation().Id) == PlatformPermissions.Verdict.Allowed;
        return await db.Set<BackgroundJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && (staff || j.CreatedBy == loaded.User.Id), ct);
    }

    public static void MapJobStatus(WebApplication app) =>
        app.MapGet("/{org}/taken/{id:guid}/voortgang", async (PleinDb db, CurrentUser me, ITenantContext tenant, Guid id, CancellationToken ct) =>
            await FindAsync(db, me, tenant, id, ct) is { } job
                ? Results.Json(new { state = job.State.ToString(), status = Describe(job.State), job.Done, job.Total, job.Message, job.ResultPath })
                : Results.NotFound()).ExcludeFromDescription();
}
