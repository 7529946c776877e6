using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Council.People;

/// <summary>A fractie: its members over time and how it voted as a whole (all voor, all tegen, or divided).</summary>
internal sealed class FractionPageModel(PleinDb db, VotingRecords votingRecords, ITenantContext tenant) : PageModel
{
    internal sealed record Member(Guid PersonId, string Name, DateOnly Starts, DateOnly? Ends, bool IsChair);

    public Organisation Organisation => tenant.RequiredOrganisation();
    public Fraction Fraction { get; private set; } = default!;
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<RecordLine> Record { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<Fraction>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is not { } fraction) return NotFound();
        Fraction = fraction;
        Members = await (from m in db.Set<FractionMembership>().AsNoTracking()
                         join p in db.Set<CouncilPerson>().AsNoTracking() on m.PersonId equals p.Id
                         where m.FractionId == id
                         orderby m.Ends == null descending, m.IsChair descending, p.Name
                         select new Member(p.Id, p.Name, m.Starts, m.Ends, m.IsChair)).ToListAsync(ct);
        Record = await votingRecords.OfFractionAsync(id, ct);
        return Page();
    }
}
