using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting.Submissions;

/// <summary>
/// Residents submit projects in the budget's submission phase (an account with a confirmed e-mail address, at most
/// five each); ambtenaren then review whether they are feasible. Residents follow their own submissions here.
/// </summary>
internal sealed class SubmitProjectModel(PleinDb db, Budgets budgets, CurrentUser me, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public const int PerPerson = 5;

    internal sealed class InputModel
    {
        [Required(ErrorMessage = "Geef uw project een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
        [Required(ErrorMessage = "Beschrijf uw project."), StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Description { get; set; }
        [Required(ErrorMessage = "Vul in wat het project ongeveer kost."), Range(1, (double)Manage.BudgetInput.MaxTotal, ErrorMessage = "Vul een bedrag in van 1 tot 100 miljoen euro.")] public decimal? Cost { get; set; }
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Theme { get; set; }
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Location { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public BudgetContext Context { get; private set; } = default!;
    public IReadOnlyList<BudgetProject> Mine { get; private set; } = [];
    public bool Open { get; private set; }
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!Open) return Redirect($"/{Slug}/begroten/{id}/indienen");
        if (Mine.Count >= PerPerson) ModelState.AddModelError("Input.Title", "U heeft al 5 projecten ingediend voor dit budget. Meer kan niet.");
        if (Input.Cost is { } cost && cost > Context.Budget.Total) ModelState.AddModelError("Input.Cost", "Uw project kost meer dan het hele budget. Maak het kleiner of splits het op.");
        if (!ModelState.IsValid) return Page();
        db.Add(new BudgetProject
        {
            Id = Guid.NewGuid(), BudgetId = id, Title = Input.Title!.Trim(), Description = Input.Description!.Trim(), Cost = decimal.Round(Input.Cost!.Value, 2),
            Theme = Input.Theme?.Trim() ?? "", Location = Input.Location?.Trim() ?? "", Status = ProjectStatus.Ingediend, SubmittedBy = me.Id, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw project is ingediend. De gemeente kijkt of het haalbaar is en laat het u weten.";
        return Redirect($"/{Slug}/begroten/{id}/indienen");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return Challenge();
        if (await budgets.LoadAsync(id, ct) is not { Process.Published: true } context || context.SubmissionPhase is null) return NotFound();
        Context = context;
        Open = context.SubmissionOpen(Organisation.Today);
        if (Open && !loaded.User.EmailConfirmed) { Open = false; ModelState.AddModelError("", "Bevestig eerst uw e-mailadres. Dan kunt u een project indienen."); }
        Mine = [.. context.AllProjects.Where(p => p.SubmittedBy == loaded.User.Id).OrderBy(p => p.CreatedAt)];
        return null;
    }
}
