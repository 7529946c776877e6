using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

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
    }

    public static ProcessInput From(Process p) => new()
    {
        Title = p.Title, Summary = p.Summary, Body = p.Body, Level = ParticipationModule.Text(p.Level), Area = p.Area,
        MinimumAccountAgeDays = p.MinimumAccountAgeDays,
    };
}
