using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Council.People;

/// <summary>A public profile: function, fracties and bodies over time, and the person's voting record.</summary>
internal sealed class PersonPageModel(PleinDb db, VotingRecords votingRecords, ITenantContext tenant) : PageModel
{
    internal sealed record Period(string Name, Guid? FractionId, DateOnly Starts, DateOnly? Ends, bool IsChair);

    public Organisation Organisation => tenant.RequiredOrganisation();
    public CouncilPerson Person { get; private set; } = default!;
    public IReadOnlyList<Period> Fractions { get; private set; } = [];
    public IReadOnlyList<Period> Bodies { get; private set; } = [];
    public IReadOnlyList<RecordLine> Record { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<CouncilPerson>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } person) return NotFound();
        Person = person;
        Fractions = await (from m in db.Set<FractionMembership>().AsNoTracking()
                           join f in db.Set<Fraction>().AsNoTracking() on m.FractionId equals f.Id
                           where m.PersonId == id
                           orderby m.Starts descending
                           select new Period(f.Name, f.Id, m.Starts, m.Ends, m.IsChair)).ToListAsync(ct);
        Bodies = await (from m in db.Set<BodyMembership>().AsNoTracking()
                        join b in db.Set<CouncilBody>().AsNoTracking() on m.BodyId equals b.Id
                        where m.PersonId == id
                        orderby m.Starts descending
                        select new Period(b.Name, null, m.Starts, m.Ends, m.IsChair)).ToListAsync(ct);
        Record = await votingRecords.OfPersonAsync(id, ct);
        return Page();
    }
}
