using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Challenges.Agree;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Challenges.Execute;

/// <summary>The challenger reports progress: what was done, where each result stands, what it cost.</summary>
internal sealed class NewReportModel(PleinDb db, ITenantContext tenant, ChallengeAccess access, ChallengeMails mails, AuditLog audit, TimeProvider clock) : PageModel
{
    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Noem de periode, bijvoorbeeld 'januari tot en met juni'."), StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Period { get; set; }
        [Required(ErrorMessage = "Schrijf wat u hebt gedaan."), StringLength(5000, ErrorMessage = "Gebruik hoogstens 5.000 tekens.")] public string? Done { get; set; }
        public List<string?> Values { get; set; } = [];
        public decimal? Spent { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Challenge Item { get; private set; } = default!;
    public Agreement Agreement { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string RequestPath => $"/{Organisation.Slug}/uitdaagrecht/aanvragen/{Item.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Input.Values = [.. Agreement.Indicators.Select(_ => (string?)null)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (Input.Values.Count != Agreement.Indicators.Count) return BadRequest();
        for (var i = 0; i < Input.Values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Input.Values[i])) ModelState.AddModelError($"Input.Values[{i}]", "Schrijf hoe dit resultaat ervoor staat.");
            else if (Input.Values[i]!.Length > 500) ModelState.AddModelError($"Input.Values[{i}]", "Gebruik hoogstens 500 tekens.");
        }
        if (Input.Spent is < 0 or > Submit.RequestInput.MaxAmount) ModelState.AddModelError("Input.Spent", "Vul een bedrag van 0 tot 10 miljoen euro in.");
        if (!ModelState.IsValid) return Page();
        db.Add(new ProgressReport
        {
            Id = Guid.NewGuid(), ChallengeId = Item.Id, Period = Input.Period!.Trim(), Done = Input.Done!.Trim(),
            IndicatorValues = [.. Input.Values.Select(v => v!.Trim())], Spent = Input.Spent, SubmittedAt = clock.GetUtcNow(),
        });
        mails.Event(Item, "rapportage", $"Voortgangsrapportage over {Input.Period.Trim()} gestuurd.", Item.ChallengerId);
        await mails.ToHandlersAsync(Item, "Nieuwe voortgangsrapportage", $"{Item.GroupName} rapporteerde over {Input.Period.Trim()}:\n\n{Input.Done.Trim()}", ct);
        audit.Record(Organisation.Id, "uitdaagrecht.rapportage", Item.Reference!, Input.Period.Trim());
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw rapportage is verstuurd. Dank u wel.";
        return Redirect(RequestPath);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (challenge, stop) = await access.ForChallengerAsync(this, id, ct);
        if (stop is not null) return stop;
        Item = challenge!;
        if (Item.State is not (ChallengeState.Uitvoering or ChallengeState.Evaluatie))
        {
            TempData["Melding"] = "Rapporteren kan tijdens de uitvoering.";
            return Redirect(RequestPath);
        }
        Agreement = await db.Set<Agreement>().AsNoTracking().SingleAsync(a => a.ChallengeId == id, ct);
        return null;
    }
}
