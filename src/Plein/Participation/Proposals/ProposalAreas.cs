using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Verification.Census;

namespace Plein.Participation.Proposals;

/// <summary>The organisation's areas (wijken) a proposal can be about, as select options; none when it has no areas.</summary>
internal static class ProposalAreas
{
    public static async Task<List<SelectListItem>> OptionsAsync(PleinDb db, string emptyText, CancellationToken ct) => Options(await ReadAsync(db, ct), emptyText);

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ReadAsync(PleinDb db, CancellationToken ct) =>
        [.. (await db.Set<CensusArea>().AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name))];

    public static List<SelectListItem> Options(IReadOnlyList<(Guid Id, string Name)> areas, string emptyText) =>
        areas.Count == 0 ? [] : [new SelectListItem(emptyText, ""), .. areas.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];

    public static void Check(Guid? areaId, List<SelectListItem> options, ModelStateDictionary errors, string key)
    {
        if (areaId is { } id && !options.Any(o => o.Value == id.ToString())) errors.AddModelError(key, "Kies een wijk uit de lijst.");
    }
}
