using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Plein.Council.Documents;

namespace Plein.Council.Manage;

internal sealed class ItemInput
{
    [Required(ErrorMessage = "Vul het nummer in zoals het op de agenda staat, bijvoorbeeld 3 of 3a."), StringLength(20, ErrorMessage = "Gebruik hoogstens 20 tekens.")] public string? Label { get; set; }
    [Required(ErrorMessage = "Geef het agendapunt een titel."), StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Title { get; set; }
    [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Description { get; set; }
    public Guid? ParentId { get; set; }
    public Guid? ProcessId { get; set; }
    public bool IsClosed { get; set; }
    public bool IsHamerstuk { get; set; }
}

internal sealed class DocumentInput
{
    [Required(ErrorMessage = "Kies het agendapunt waar het stuk bij hoort.")] public Guid? ItemId { get; set; }
    [Required(ErrorMessage = "Kies het soort stuk.")] public DocumentKind? Kind { get; set; }
    [Required(ErrorMessage = "Geef het stuk een titel."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
    [StringLength(20000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")] public string? Text { get; set; }
    public IFormFile? File { get; set; }
    public MotionType? MotionType { get; set; }
    public List<Guid> Signers { get; set; } = [];
    public Guid? AmendsId { get; set; }

    public static IEnumerable<SelectListItem> Kinds => [new("Kies het soort stuk", ""), .. Enum.GetValues<DocumentKind>().Select(k => new SelectListItem(CouncilDocuments.Describe(k), k.ToString()))];

    public static IEnumerable<SelectListItem> MotionTypes =>
        [new("Geen motie", ""), .. Enum.GetValues<MotionType>().Select(t => new SelectListItem(CouncilDocuments.Describe(t), t.ToString()))];
}

internal sealed class DecisionInput
{
    [Required(ErrorMessage = "Kies het agendapunt.")] public Guid? ItemId { get; set; }
    [Required(ErrorMessage = "Schrijf wat de raad besloot, bijvoorbeeld: aangenomen met 17 stemmen voor en 12 tegen."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Decision { get; set; }
    [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? DecisionNote { get; set; }
    [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? Commitment { get; set; }
}
