using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting;

/// <summary>On a process page: each budget of the process, to vote on or to see its published result.</summary>
internal sealed class BudgetLinks(PleinDb db, ITenantContext tenant) : IProcessLinks
{
    public async Task<IReadOnlyList<IProcessLinks.Link>> LinksAsync(Guid processId, CancellationToken ct)
    {
        var slug = tenant.RequiredOrganisation().Slug;
        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == processId).OrderBy(b => b.CreatedAt).ToListAsync(ct);
        return [.. budgets.Select(b => b.ResultsPublishedAt is not null
            ? new IProcessLinks.Link(b.Title, "De uitslag van de stemming is bekend.", $"/{slug}/begroten/{b.Id}/uitslag")
            : new IProcessLinks.Link(b.Title, "Inwoners beslissen mee over dit budget: kies de projecten die u het belangrijkst vindt.", $"/{slug}/begroten/{b.Id}"))];
    }
}
