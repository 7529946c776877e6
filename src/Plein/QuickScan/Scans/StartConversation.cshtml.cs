using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Scans;

/// <summary>Step 2: what the start conversation agreed (period, groups, trekker, begeleidingscommissie, procesbegeleider).</summary>
internal sealed class StartConversationModel(PleinDb db, ITenantContext tenant, ScanAccess access, AuditLog audit) : PageModel
{
    internal sealed class Form
    {
        [Required(ErrorMessage = "Vul de eerste dag in.")]
        public DateOnly? Starts { get; set; }
        [Required(ErrorMessage = "Vul de laatste dag in.")]
        public DateOnly? Ends { get; set; }
        public List<string> Groups { get; set; } = [];
        [Required(ErrorMessage = "Vul in wie de scan trekt.")]
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Trekker { get; set; } = "";
        [StringLength(1_000, ErrorMessage = "Gebruik hoogstens 1.000 tekens.")]
        public string? SteeringGroup { get; set; }
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string? ProcessGuide { get; set; }
        [StringLength(60_000, ErrorMessage = "Dit zijn te veel tekens.")]
        public string? CouncilAddresses { get; set; }
        [StringLength(60_000, ErrorMessage = "Dit zijn te veel tekens.")]
        public string? CollegeAddresses { get; set; }
        [StringLength(60_000, ErrorMessage = "Dit zijn te veel tekens.")]
        public string? StaffAddresses { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public Scan Scan { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Input = new Form
        {
            Starts = Scan.Starts, Ends = Scan.Ends, Groups = [.. Scan.TargetGroups.Select(Questionnaire.Groups.Slug)],
            Trekker = Scan.Trekker, SteeringGroup = Scan.SteeringGroup, ProcessGuide = Scan.ProcessGuide,
            CouncilAddresses = Lines(RespondentGroup.Raadsleden), CollegeAddresses = Lines(RespondentGroup.Collegeleden), StaffAddresses = Lines(RespondentGroup.Ambtenaren),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var groups = Input.Groups.Select(Questionnaire.Groups.FromSlug).ToList();
        if (groups.Any(g => g is null)) ModelState.AddModelError("Input.Groups", "Kies groepen uit de lijst.");
        else if (groups.Distinct().Count() < 2) ModelState.AddModelError("Input.Groups", "Kies minstens twee groepen: de scan gaat over hoe groepen het verschillend zien.");
        if (Input.Starts is { } s && Input.Ends is { } e)
        {
            if (e < s) ModelState.AddModelError("Input.Ends", "De laatste dag ligt voor de eerste dag.");
            else if (e.DayNumber - s.DayNumber > 180) ModelState.AddModelError("Input.Ends", "Houd de vragenlijst hoogstens een half jaar open.");
            if (e < Organisation.Today) ModelState.AddModelError("Input.Ends", "De laatste dag ligt in het verleden.");
        }
        var addresses = new Dictionary<RespondentGroup, List<string>>
        {
            [RespondentGroup.Raadsleden] = Invitations.Parse(Input.CouncilAddresses, ModelState, "Input.CouncilAddresses"),
            [RespondentGroup.Collegeleden] = Invitations.Parse(Input.CollegeAddresses, ModelState, "Input.CollegeAddresses"),
            [RespondentGroup.Ambtenaren] = Invitations.Parse(Input.StaffAddresses, ModelState, "Input.StaffAddresses"),
        };
        if (!ModelState.IsValid) return Page();
        var scan = await db.Set<Scan>().SingleAsync(x => x.Id == id, ct);
        scan.InviteAddresses = addresses.Where(a => a.Value.Count > 0 && groups.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value);
        scan.Starts = Input.Starts;
        scan.Ends = Input.Ends;
        scan.TargetGroups = [.. Questionnaire.Groups.All.Where(g => groups.Contains(g))];
        scan.Trekker = Input.Trekker.Trim();
        scan.SteeringGroup = Input.SteeringGroup?.Trim() ?? "";
        scan.ProcessGuide = Input.ProcessGuide?.Trim() ?? "";
        scan.State = ScanState.Gestart;
        audit.Record(Organisation.Id, "quickscan.startgesprek", $"{Input.Starts:yyyy-MM-dd} – {Input.Ends:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het startgesprek is vastgelegd.";
        return Redirect(Path);
    }

    private string Lines(RespondentGroup group) => string.Join("\n", Scan.InviteAddresses.GetValueOrDefault(group) ?? []);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (scan, stop) = await access.PreparingAsync(this, id, "De vragenlijst is al open; het startgesprek ligt vast.", ct);
        Scan = scan!;
        return stop;
    }
}
