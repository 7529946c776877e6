using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Meetings;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Council.People;

/// <summary>The council's public front page: coming and past meetings, the bodies, the fracties with their members.</summary>
internal sealed class CouncilHomeModel(PleinDb db, CouncilRoster roster, CurrentUser me, ITenantContext tenant) : PageModel
{
    internal sealed record FractionSeats(Fraction Fraction, IReadOnlyList<RosterMember> Members);

    public Organisation Organisation => tenant.RequiredOrganisation();
    public IReadOnlyList<Meeting> Coming { get; private set; } = [];
    public IReadOnlyList<Meeting> Past { get; private set; } = [];
    public IReadOnlyList<CouncilBody> Bodies { get; private set; } = [];
    public IReadOnlyList<FractionSeats> Fractions { get; private set; } = [];
    public IReadOnlyList<CouncilPerson> College { get; private set; } = [];
    public bool IsClerk { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Organisation.Today;
        var start = Platform.Audit.AuditText.FromLocal(today, TimeOnly.MinValue);
        Bodies = await db.Set<CouncilBody>().AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Coming = await db.Set<Meeting>().AsNoTracking().Where(m => m.PlannedStart >= start).OrderBy(m => m.PlannedStart).Take(10).ToListAsync(ct);
        Past = await db.Set<Meeting>().AsNoTracking().Where(m => m.PlannedStart < start).OrderByDescending(m => m.PlannedStart).Take(10).ToListAsync(ct);
        if (Bodies.FirstOrDefault(b => b.Kind == BodyKind.Raad) is { } raad)
        {
            var members = await roster.VotingMembersAsync(raad.Id, today, ct);
            var fractions = await db.Set<Fraction>().AsNoTracking().ToListAsync(ct);
            Fractions = [.. fractions.Select(f => new FractionSeats(f, [.. members.Where(m => m.FractionId == f.Id)])).Where(f => f.Members.Count > 0)
                .OrderByDescending(f => f.Members.Count).ThenBy(f => f.Fraction.Name)];
        }
        College = await db.Set<CouncilPerson>().AsNoTracking().Where(p => p.Function == PersonFunction.Burgemeester || p.Function == PersonFunction.Wethouder || p.Function == PersonFunction.Griffier)
            .OrderBy(p => p.Function).ThenBy(p => p.Name).ToListAsync(ct);
        IsClerk = CouncilPermissions.Clerk(await me.LoadAsync(ct), Organisation.Id) == PlatformPermissions.Verdict.Allowed;
    }
}
