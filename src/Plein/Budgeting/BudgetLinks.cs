using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting;

/// <summary>On a process page: each budget of the process, to vote on or to see its published result.</summary>
internal sealed class BudgetLinks(PleinDb db, ITenantContext tenant) : IProcessLinks
{
    public IReadOnlyList<Type> ReadsFrom { get; } = [typeof(Budget), typeof(Platform.Verification.Census.CensusArea)];

    public async Task<IReadOnlyList<IProcessLinks.Link>> LinksAsync(Guid processId, CancellationToken ct)
    {
        var slug = tenant.RequiredOrganisation().Slug;
        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == processId).OrderBy(b => b.AreaId != null).ThenBy(b => b.CreatedAt).ToListAsync(ct);
        var areaIds = budgets.Where(b => b.AreaId != null).Select(b => b.AreaId!.Value).ToList();
        var areas = areaIds.Count == 0 ? [] : await db.Set<Platform.Verification.Census.CensusArea>().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        // A wijk's budget says whose it is in its title, unless staff wrote the wijk in the title already.
        string Title(Budget b) => b.AreaId is { } a && areas.GetValueOrDefault(a) is { } name && !b.Title.Contains(name, StringComparison.CurrentCultureIgnoreCase) ? $"{b.Title} ({name})" : b.Title;
        return [.. budgets.Select(b => b.ResultsPublishedAt is not null
            ? new IProcessLinks.Link(Title(b), "De uitslag van de stemming is bekend.", $"/{slug}/begroten/{b.Id}/uitslag")
            : new IProcessLinks.Link(Title(b), b.AreaId is null
                ? "Inwoners beslissen mee over dit budget: kies de projecten die u het belangrijkst vindt."
                : "Alleen voor inwoners van deze wijk: kies de projecten die u het belangrijkst vindt.", $"/{slug}/begroten/{b.Id}"))];
    }
}
