using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Handle;

/// <summary>Handlers see every request: the running ones by deadline, those near or past it marked, then the rest.</summary>
internal sealed class CaseListModel(PleinDb db, ITenantContext tenant, CurrentUser me) : PageModel
{
    public const int NearDays = 14;

    internal sealed record Row(Guid Id, string? Reference, string GroupName, string Task, ChallengeState State, DateOnly? DecisionDue, bool Paused, string? Handler, DateTimeOffset? SubmittedAt);

    public IReadOnlyList<Row> Running { get; private set; } = [];
    public IReadOnlyList<Row> Done { get; private set; } = [];
    public Organisation Organisation => tenant.RequiredOrganisation();
    public DateOnly Today => Organisation.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (this.Enforce(ChallengePermissions.CanHandle(loaded, Organisation.Id)) is { } denied) return denied;
        var self = loaded.User!.Id;
        var rows = await (from c in db.Set<Challenge>().AsNoTracking()
                          where c.SubmittedAt != null && c.ChallengerId != self
                          join u in db.Users on c.HandlerId equals u.Id into handlers
                          from h in handlers.DefaultIfEmpty()
                          orderby c.SubmittedAt descending
                          select new Row(c.Id, c.Reference, c.GroupName, c.Task, c.State, c.DecisionDue, c.Paused, h == null ? null : h.DisplayName, c.SubmittedAt))
            .ToListAsync(ct);
        Running = [.. rows.Where(r => Plein.Challenges.Challenge.Running.Contains(r.State)).OrderBy(r => r.DecisionDue ?? DateOnly.MaxValue)];
        Done = [.. rows.Where(r => !Plein.Challenges.Challenge.Running.Contains(r.State))];
        return Page();
    }
}
