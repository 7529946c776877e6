using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Plein.Participation.Processes;

/// <summary>The fields of a process, shared by the create and edit pages.</summary>
internal sealed class ProcessInput
{
    [Required(ErrorMessage = "Vul een titel in.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Gebruik 3 tot 200 tekens.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Vul een korte samenvatting in.")]
    [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")]
    public string Summary { get; set; } = "";

    [StringLength(20_000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")]
    public string? Body { get; set; }

    [Required(ErrorMessage = "Kies een niveau.")]
    [RegularExpression("^(informeren|raadplegen|meebeslissen)$", ErrorMessage = "Kies een niveau uit de lijst.")]
    public string Level { get; set; } = "raadplegen";

    [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
    public string? Area { get; set; }

    [Range(0, 365, ErrorMessage = "Vul een getal van 0 tot en met 365 in.")]
    public int? MinimumAccountAgeDays { get; set; }

    /// <summary>Which census list "postcode in het gebied" means for this process; empty: any of the organisation's.</summary>
    public Guid? CensusAreaId { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    /// <summary>Loads the organisation's census areas for the select, and checks the chosen one is among them.</summary>
    public async Task LoadAreasAsync(Data.PleinDb db, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary? errors, CancellationToken ct)
    {
        var areas = await db.Set<Platform.Verification.Census.CensusArea>().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        AreaOptions = [new SelectListItem("Alle gebieden van de organisatie", ""), .. areas.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
        if (errors is not null && CensusAreaId is { } id && !areas.Any(a => a.Id == id))
            errors.AddModelError("Input.CensusAreaId", "Kies een gebied uit de lijst.");
    }

    public static IEnumerable<SelectListItem> LevelOptions =>
        Enum.GetValues<ParticipationLevel>().Select(l => new SelectListItem(ParticipationModule.Text(l), ParticipationModule.Text(l)));

    public static ParticipationLevel ParseLevel(string value) =>
        Enum.GetValues<ParticipationLevel>().First(l => ParticipationModule.Text(l) == value);

    public void CopyTo(Process process)
    {
        process.Title = Title.Trim();
        process.Summary = Summary.Trim();
        process.Body = Body?.Trim() ?? "";
        process.Level = ParseLevel(Level);
        process.Area = Area?.Trim() ?? "";
        process.MinimumAccountAgeDays = MinimumAccountAgeDays ?? 0;
        process.CensusAreaId = CensusAreaId;
    }

    public static ProcessInput From(Process p) => new()
    {
        Title = p.Title, Summary = p.Summary, Body = p.Body, Level = ParticipationModule.Text(p.Level), Area = p.Area,
        MinimumAccountAgeDays = p.MinimumAccountAgeDays, CensusAreaId = p.CensusAreaId,
    };
}
