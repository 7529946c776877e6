using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;
using Plein.QuickScan.Scoring;

namespace Plein.QuickScan.National;

/// <summary>
/// For programme staff: every organisation's scan by step and response, and averages per theme across finished scans
/// on the current version. No organisation's own scores are shown here, only averages over at least five.
/// </summary>
internal sealed class NationalViewModel(PleinDb db, CurrentUser me, ScanComparison comparison) : PageModel
{
    internal sealed record Row(string Organisation, string Slug, OrganisationKind Kind, ScanState State, DateTimeOffset Registered, int Respondents);

    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    public QuestionnaireVersion Version { get; private set; } = default!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ScanComparison.ScanScore> Finished { get; private set; } = [];
    public IReadOnlyDictionary<RespondentGroup, int> Respondents { get; private set; } = new Dictionary<RespondentGroup, int>();

    public static IEnumerable<SelectListItem> KindOptions =>
    [
        new("Alle soorten", ""), new("Gemeenten", "gemeente"), new("Provincies", "provincie"), new("Waterschappen", "waterschap"), new("Openbare lichamen", "openbaar-lichaam"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.Enforce(QuickScanPermissions.ViewNational(await me.LoadAsync(ct))) is { } denied) return denied;
        ModelState.Clear();
        Version = await NationalQuestionnaire.CurrentAsync(db, ct);
        OrganisationKind? kind = Soort switch
        {
            "gemeente" => OrganisationKind.Gemeente, "provincie" => OrganisationKind.Provincie, "waterschap" => OrganisationKind.Waterschap,
            "openbaar-lichaam" => OrganisationKind.OpenbaarLichaam, _ => null,
        };
        // A national read across organisations: only counts and averages leave this page.
        var scans = await (from s in db.National<Scan>()
                           join o in db.Organisations on s.OrganisationId equals o.Id
                           where kind == null || o.Kind == kind
                           orderby o.Name
                           select new { Scan = s, o.Name, o.Slug, o.Kind }).AsNoTracking().ToListAsync(ct);
        var versionScans = scans.Where(s => s.Scan.VersionId == Version.Id).Select(s => (s.Scan, s.Kind)).ToList();
        var scores = await comparison.ScoresAsync(versionScans, Version.Definition, ct);
        var respondentsByScan = scores.ToDictionary(s => s.Scan.Id, s => s.Respondents.Values.Sum());
        Rows = [.. scans.Select(s => new Row(s.Name, s.Slug, s.Kind, s.Scan.State, s.Scan.CreatedAt, respondentsByScan.GetValueOrDefault(s.Scan.Id)))];
        // Each organisation once, with its latest finished scan.
        Finished = [.. scores.Where(s => s.Scan.State is ScanState.Gesloten or ScanState.Afgerond)
            .GroupBy(s => s.Scan.OrganisationId).Select(g => g.MaxBy(s => s.Scan.CreatedAt)!)];
        Respondents = Groups.All.ToDictionary(g => g, g => scores.Sum(s => s.Respondents.GetValueOrDefault(g)));
        return Page();
    }

    public string Name(Theme theme) => Wording.For(OrganisationKind.Gemeente).Fill(theme.Title);
}
