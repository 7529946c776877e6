using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Accounts;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Versions;

/// <summary>One version with all its statements; a concept can be renamed, published or thrown away.</summary>
internal sealed class VersionPageModel(PleinDb db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Vul een titel in."), StringLength(120, ErrorMessage = "Gebruik hoogstens 120 tekens.")]
    public string? Title { get; set; }

    public QuestionnaireVersion Version { get; private set; } = default!;
    public bool Concept => Version.PublishedAt is null;
    public string Path => $"/quickscan/vragenlijst/{Version.Number}";

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is { } stop) return stop;
        Title = Version.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostTitleAsync(int number, CancellationToken ct)
    {
        if (await LoadConceptAsync(number, ct) is { } stop) return stop;
        if (!ModelState.IsValid) return Page();
        Version.Title = Title!.Trim();
        await audit.RecordNationalAsync("quickscan.versie-gewijzigd", Version.Title, ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De titel is opgeslagen.";
        return Redirect(Path);
    }

    /// <summary>Makes the concept the current version in one transaction: from now on new scans use it.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int number, CancellationToken ct)
    {
        if (await LoadConceptAsync(number, ct) is { } stop) return stop;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<QuestionnaireVersion>().Where(v => v.Current).ExecuteUpdateAsync(s => s.SetProperty(v => v.Current, false), ct);
        (Version.Current, Version.PublishedAt) = (true, clock.GetUtcNow());
        await audit.RecordNationalAsync("quickscan.versie-gepubliceerd", Version.Title, ct: ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Melding"] = "De versie is gepubliceerd. Nieuwe scans gebruiken hem; lopende scans houden hun eigen versie.";
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int number, CancellationToken ct)
    {
        if (await LoadConceptAsync(number, ct) is { } stop) return stop;
        db.Remove(Version);
        await audit.RecordNationalAsync("quickscan.versie-verwijderd", Version.Title, ct: ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het concept is verwijderd.";
        return Redirect("/quickscan/vragenlijst");
    }

    private async Task<IActionResult?> LoadConceptAsync(int number, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is { } stop) return stop;
        if (Concept) return null;
        TempData["Melding"] = "Een gepubliceerde versie verandert niet meer. Maak een nieuwe versie.";
        return Redirect(Path);
    }

    private async Task<IActionResult?> LoadAsync(int number, CancellationToken ct)
    {
        if (this.Enforce(QuickScanPermissions.ManageQuestionnaire(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await db.Set<QuestionnaireVersion>().FirstOrDefaultAsync(v => v.Number == number, ct) is not { } version) return NotFound();
        Version = version;
        return null;
    }
}
