using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.Census;

/// <summary>Staff upload the address list of an area (CSV with postcode and huisnummer), see the areas and remove one.</summary>
internal sealed class AreasModel(PleinDb db, ITenantContext tenant, CurrentUser me, AuditLog audit, TimeProvider clock, Jobs.JobSignal signal) : PageModel
{
    public const int MaxAddresses = 500_000;
    /// <summary>Larger lists load in the background, with a status page; smaller ones at once.</summary>
    public const int InlineLimit = 5_000;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Geef het gebied een naam.")]
        [StringLength(100, MinimumLength = 2, ErrorMessage = "Gebruik 2 tot 100 tekens.")]
        public string Name { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public IFormFile? List { get; set; }
    public IReadOnlyList<CensusArea> Areas { get; private set; } = [];
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (List is null || List.Length == 0) ModelState.AddModelError(nameof(List), "Kies een CSV-bestand met de adressen.");
        if (!ModelState.IsValid) return Page();
        var (addresses, error) = await ReadAsync(List!, ct);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(List), error);
            return Page();
        }
        if (addresses.Count > InlineLimit)
        {
            var job = AreaImport.Queue(db, Input.Name.Trim(), addresses, me.Id, clock.GetUtcNow());
            job.ResultPath = $"/{Slug}/beheer/gebieden";
            await db.SaveChangesAsync(ct);
            signal.Wake();
            return Redirect($"/{Slug}/taken/{job.Id}");
        }
        var area = new CensusArea { Id = Guid.NewGuid(), Name = Input.Name.Trim(), AddressCount = addresses.Count, UploadedAt = clock.GetUtcNow() };
        db.Add(area);
        db.AddRange(addresses.Select(a => new CensusAddress { AreaId = area.Id, Postcode = a.Postcode, HouseNumber = a.Number }));
        audit.Record(tenant.RequiredOrganisation().Id, "gebied.geladen", $"{area.Name}: {addresses.Count} adressen");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het gebied is opgeslagen.";
        return Redirect($"/{Slug}/beheer/gebieden");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid areaId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var area = await db.Set<CensusArea>().FirstOrDefaultAsync(a => a.Id == areaId, ct);
        if (area is null) return NotFound();
        db.Remove(area);
        audit.Record(tenant.RequiredOrganisation().Id, "gebied.verwijderd", area.Name);
        try
        {
            await db.SaveChangesAsync(ct);
            TempData["Melding"] = "Het gebied is verwijderd.";
        }
        catch (DbUpdateException)
        {
            TempData["Melding"] = "Een proces of een budget gebruikt dit gebied nog. Kies daar eerst een ander gebied.";
        }
        return Redirect($"/{Slug}/beheer/gebieden");
    }

    /// <summary>Distinct addresses from a CSV with the columns postcode and huisnummer (comma or semicolon).</summary>
    private static async Task<(List<(string Postcode, int Number)> Addresses, string? Error)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(), BadDataFound = null };
        using var csv = new CsvReader(reader, config);
        try
        {
            var headers = await csv.ReadAsync() && csv.ReadHeader() ? csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList() : [];
            if (!headers.Contains("postcode") || !headers.Contains("huisnummer"))
                return ([], "Het bestand moet de kolommen 'postcode' en 'huisnummer' hebben.");
            var seen = new HashSet<(string, int)>();
            var line = 1;
            while (await csv.ReadAsync())
            {
                ct.ThrowIfCancellationRequested();
                line++;
                var postcode = Postcodes.Normalise(csv.GetField("postcode"));
                if (postcode is null || !int.TryParse(csv.GetField("huisnummer")?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 99_999)
                    return ([], $"Regel {line} is geen geldig adres. Gebruik een postcode zoals 8011 AB en een huisnummer zoals 12.");
                seen.Add((postcode, number));
                if (seen.Count > MaxAddresses) return ([], $"Een gebied kan hoogstens {MaxAddresses} adressen hebben.");
            }
            return seen.Count == 0 ? ([], "Het bestand bevat geen adressen.") : (seen.ToList(), null);
        }
        catch (Exception e) when (e is CsvHelperException or System.Text.DecoderFallbackException)
        {
            return ([], "Dit bestand kunnen we niet lezen. Sla het op als CSV (UTF-8) met de kolommen postcode en huisnummer.");
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(PlatformPermissions.CanManageContent(await me.LoadAsync(ct), tenant.RequiredOrganisation().Id)) is { } refused) return refused;
        Areas = await db.Set<CensusArea>().AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        return null;
    }
}
