using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Rules;

/// <summary>The public page: the local rules in plain Dutch, the way in, and the visitor's own requests.</summary>
internal sealed class RulesPageModel(PleinDb db, ITenantContext tenant, CurrentUser me, ChallengeAccess access) : PageModel
{
    internal sealed record Own(Guid Id, string Task, string? Reference, ChallengeState State, DateOnly? DecisionDue);

    public ChallengeRules Rules { get; private set; } = default!;
    public IReadOnlyList<Own> Requests { get; private set; } = [];
    public bool Handler { get; private set; }
    public bool SignedIn { get; private set; }
    public Organisation Organisation => tenant.RequiredOrganisation();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await access.RulesAsync(ct);
        var loaded = await me.LoadAsync(ct);
        SignedIn = loaded.User is not null;
        Handler = ChallengePermissions.CanHandle(loaded, Organisation.Id) == PlatformPermissions.Verdict.Allowed;
        if (loaded.User is { } user)
            Requests = await db.Set<Challenge>().AsNoTracking().Where(c => c.ChallengerId == user.Id).OrderByDescending(c => c.CreatedAt)
                .Select(c => new Own(c.Id, c.Task, c.Reference, c.State, c.DecisionDue)).ToListAsync(ct);
    }
}
