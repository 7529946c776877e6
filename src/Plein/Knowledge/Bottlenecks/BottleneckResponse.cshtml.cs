using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Communities;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;

namespace Plein.Knowledge.Bottlenecks;

/// <summary>Programme staff say what they do with a knelpunt; the answer shows in the community's register. Or they hide it.</summary>
internal sealed class BottleneckResponseModel(PleinDb db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Kies de stand.")] public BottleneckStatus? Status { get; set; }
        [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Response { get; set; }
        public bool Hide { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public BottleneckQueries.Counted Item { get; private set; } = default!;
    public Community Community { get; private set; } = default!;
    public static IEnumerable<SelectListItem> Statuses =>
        [new("Kies de stand", ""), .. Enum.GetValues<BottleneckStatus>().Select(s => new SelectListItem(BottleneckOverviewModel.Describe(s), s.ToString()))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        (Input.Status, Input.Response, Input.Hide) = (Item.Bottleneck.Status, Item.Bottleneck.Response, Item.Bottleneck.HiddenAt is not null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Input.Status is not BottleneckStatus.Nieuw && string.IsNullOrWhiteSpace(Input.Response)) ModelState.AddModelError("Input.Response", "Schrijf wat het programma met dit knelpunt doet.");
        if (!ModelState.IsValid) return Page();
        var tracked = await db.Set<Bottleneck>().SingleAsync(b => b.Id == id, ct);
        var response = string.IsNullOrWhiteSpace(Input.Response) ? null : Input.Response.Trim();
        if (response != tracked.Response) tracked.RespondedAt = clock.GetUtcNow();
        (tracked.Status, tracked.Response) = (Input.Status!.Value, response);
        tracked.HiddenAt = Input.Hide ? tracked.HiddenAt ?? clock.GetUtcNow() : null;
        await audit.RecordNationalAsync(Input.Hide ? "kennis.knelpunt-verborgen" : "kennis.knelpunt-beantwoord", tracked.Title, $"{tracked.Status}: {response}", ct);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het knelpunt is bijgewerkt.";
        return Redirect("/kennis/knelpunten");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(KnowledgePermissions.Moderate(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await BottleneckQueries.WithCounts(db).FirstOrDefaultAsync(x => x.Bottleneck.Id == id, ct) is not { } item) return NotFound();
        Item = item;
        Community = await db.Set<Community>().AsNoTracking().SingleAsync(c => c.Id == item.Bottleneck.CommunityId, ct);
        return null;
    }
}
