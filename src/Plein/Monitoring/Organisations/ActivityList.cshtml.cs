using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Contracts;
using Plein.Platform.Tenancy;

namespace Plein.Monitoring.Organisations;

/// <summary>
/// Which organisations are active with the programme, and how: uitdaagrecht open, a quick scan, digital participation,
/// a digital council, the offer. Filters by kind, province and activity; a tile map per province with its table.
/// </summary>
internal sealed class ActivityListModel(PleinDb db, IEnumerable<IKpiFigures> sources) : PageModel
{
    internal sealed record Row(string Name, string Slug, OrganisationKind Kind, string Province, int? Inhabitants, IReadOnlyList<string> Activities);

    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Provincie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Activiteit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Grootte { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, int> PerProvince { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<Activity> Activities { get; private set; } = [];
    public int Total { get; private set; }

    public IEnumerable<SelectListItem> Kinds => [new("Alle soorten", ""), new("Gemeenten", nameof(OrganisationKind.Gemeente)), new("Provincies", nameof(OrganisationKind.Provincie)),
        new("Waterschappen", nameof(OrganisationKind.Waterschap)), new("Openbare lichamen", nameof(OrganisationKind.OpenbaarLichaam))];

    public IEnumerable<SelectListItem> Provinces => [new("Alle provincies", ""), .. ProvinceMap.Provinces.Select(p => new SelectListItem(p, p))];

    /// <summary>Size classes by inhabitants, as the programme reports them; "onbekend" where staff have not recorded it.</summary>
    internal static readonly (string Key, string Name, int From, int Until)[] Sizes =
        [("klein", "Tot 20.000 inwoners", 0, 20_000), ("middel", "20.000 tot 50.000 inwoners", 20_000, 50_000), ("groot", "50.000 tot 100.000 inwoners", 50_000, 100_000),
         ("zeer-groot", "100.000 inwoners of meer", 100_000, int.MaxValue)];

    public IEnumerable<SelectListItem> SizeOptions => [new("Elke grootte", ""), .. Sizes.Select(s => new SelectListItem(s.Name, s.Key)), new("Aantal inwoners onbekend", "onbekend")];

    public IEnumerable<SelectListItem> ActivityOptions => [new("Elke activiteit", ""), .. Activities.Select(a => new SelectListItem(a.Name, a.Key))];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Organisation.Today;
        var period = new Period(today, today);
        Activities = [.. sources.SelectMany(s => s.Activities)];
        var active = new Dictionary<Guid, List<string>>();
        foreach (var source in sources)
            foreach (var activity in source.Activities)
                foreach (var id in await source.OrganisationsAsync(activity.Key, period, ct))
                    (active.TryGetValue(id, out var list) ? list : active[id] = []).Add(activity.Name);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.Programmabureau && o.EndedOn == null).OrderBy(o => o.Name).ToListAsync(ct);
        var wanted = Activities.FirstOrDefault(a => a.Key == Activiteit)?.Name;
        var kind = Enum.TryParse<OrganisationKind>(Soort, out var k) && k != OrganisationKind.Programmabureau ? k : (OrganisationKind?)null;
        var province = ProvinceMap.Provinces.Contains(Provincie) ? Provincie : null;
        var size = Sizes.FirstOrDefault(x => x.Key == Grootte);
        bool Fits(Organisation o) => Grootte == "onbekend" ? o.Inhabitants is null : size.Key is null || (o.Inhabitants is { } n && n >= size.From && n < size.Until);
        (Soort, Provincie, Activiteit, Grootte) = (kind?.ToString(), province, wanted is null ? null : Activiteit, size.Key ?? (Grootte == "onbekend" ? Grootte : null));
        Rows = [.. organisations
            .Where(o => active.ContainsKey(o.Id) && (kind is null || o.Kind == kind) && (province is null || o.Province == province) && (wanted is null || active[o.Id].Contains(wanted)) && Fits(o))
            .Select(o => new Row(o.Name, o.Slug, o.Kind, o.Province ?? "", o.Inhabitants, active[o.Id]))];
        Total = organisations.Count(o => (kind is null || o.Kind == kind) && (province is null || o.Province == province) && Fits(o));
        PerProvince = Rows.Where(r => r.Province.Length > 0).GroupBy(r => r.Province).ToDictionary(g => g.Key, g => g.Count());
    }
}
