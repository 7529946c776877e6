using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Accounts;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan.Versions;

/// <summary>Programme staff see every version of the national questionnaire and start a new one as a concept.</summary>
internal sealed class VersionListModel(PleinDb db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed record Row(int Number, string Title, bool Current, DateTimeOffset? PublishedAt, int Scans);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>A concept starts as a copy of the current version; there is at most one concept at a time.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        if (Rows.FirstOrDefault(r => r.PublishedAt is null) is { } concept)
        {
            TempData["Melding"] = "Er is al een concept. Werk dat bij of verwijder het eerst.";
            return Redirect($"/quickscan/vragenlijst/{concept.Number}");
        }
        var current = await NationalQuestionnaire.CurrentAsync(db, ct);
        var number = Rows.Max(r => r.Number) + 1;
        db.Add(new QuestionnaireVersion
        {
            Id = Guid.NewGuid(), Number = number, Title = $"Quick scan lokale democratie, versie {number}",
            Definition = current.Definition.Clone(), CreatedAt = clock.GetUtcNow(),
        });
        await audit.RecordNationalAsync("quickscan.versie-concept", $"versie {number}", ct: ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique number: a colleague made a concept at the same moment.
            TempData["Melding"] = "Er is al een concept. Werk dat bij of verwijder het eerst.";
            return Redirect("/quickscan/vragenlijst");
        }
        TempData["Melding"] = "Het concept is gemaakt, als kopie van de huidige versie.";
        return Redirect($"/quickscan/vragenlijst/{number}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(QuickScanPermissions.ManageQuestionnaire(await me.LoadAsync(ct))) is { } denied) return denied;
        Rows = await db.Set<QuestionnaireVersion>().AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new Row(v.Number, v.Title, v.Current, v.PublishedAt, db.National<Scan>().Count(s => s.VersionId == v.Id)))
            .ToListAsync(ct);
        return null;
    }
}
