using Microsoft.EntityFrameworkCore;
using Plein.Council.People;
using Plein.Council.Voting;
using Plein.Data;

namespace Plein.Council;

/// <summary>
/// A council member's votes are public acts of office (the law makes each vote public), so erasing an account keeps
/// them in the record; it only unlinks the account from the public person. The export lists them.
/// </summary>
internal sealed class CouncilPersonalData(PleinDb db) : Platform.Accounts.IPersonalDataSource
{
    public string Section => "raad";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var people = await db.National<CouncilPerson>().AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var votes = await (from c in db.National<CastVote>().AsNoTracking()
                           join v in db.National<CouncilVote>().AsNoTracking() on c.VoteId equals v.Id
                           where ids.Contains(c.PersonId)
                           select new { v.Subject, c.Choice, c.CastAt }).ToListAsync(ct);
        return new { personen = people.Select(p => new { p.Name, p.Function, p.Biography, p.Portfolio }), stemmen = votes };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct) =>
        await db.National<CouncilPerson>().Where(p => p.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, (Guid?)null), ct);
}
