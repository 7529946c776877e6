using System.ComponentModel.DataAnnotations;
using Plein.Support.Contracts;
using Plein.Support.Offer;

namespace Plein.Support.Manage;

/// <summary>An offer item as programme staff edit it.</summary>
internal sealed class ItemInput
{
    public static readonly string[] AllPriorities = ["A", "B", "C", "D", "E"];

    [Required(ErrorMessage = "Vul een titel in."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Title { get; set; }
    [Required(ErrorMessage = "Vul een korte beschrijving in."), StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? Summary { get; set; }
    [StringLength(20_000, ErrorMessage = "Gebruik hoogstens 20.000 tekens.")] public string? Body { get; set; }
    public OfferKind Kind { get; set; }
    public OfferFormat Format { get; set; }
    public List<TargetGroup> TargetGroups { get; set; } = [];
    public List<int> Areas { get; set; } = [];
    public List<string> Priorities { get; set; } = [];
    [Required(ErrorMessage = "Vul de aanbieder in."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Provider { get; set; }
    [Required(ErrorMessage = "Vul de kosten in, of 'Gratis'."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Cost { get; set; }
    [Required(ErrorMessage = "Vul het aantal plaatsen in."), Range(1, 1000, ErrorMessage = "Vul 1 tot en met 1.000 plaatsen in.")] public int? Capacity { get; set; }
    public bool Published { get; set; }

    public static ItemInput From(OfferItem o) => new()
    {
        Title = o.Title, Summary = o.Summary, Body = o.Body, Kind = o.Kind, Format = o.Format, TargetGroups = [.. o.TargetGroups], Areas = [.. o.Areas],
        Priorities = [.. o.Priorities], Provider = o.Provider, Cost = o.Cost, Capacity = o.Capacity, Published = o.Published,
    };

    public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
    {
        if (TargetGroups.Count == 0) errors.AddModelError("Input.TargetGroups", "Kies voor wie het is.");
        if (Areas.Count == 0 || Areas.Any(a => a is < 1 or > 7)) errors.AddModelError("Input.Areas", "Kies minstens één aandachtsgebied.");
        if (Priorities.Any(p => !AllPriorities.Contains(p, StringComparer.Ordinal))) errors.AddModelError("Input.Priorities", "Kies prioriteiten uit de lijst.");
    }

    public void CopyTo(OfferItem o)
    {
        (o.Title, o.Summary, o.Body, o.Kind, o.Format) = (Title!.Trim(), Summary!.Trim(), Body?.Trim() ?? "", Kind, Format);
        (o.TargetGroups, o.Areas, o.Priorities) = ([.. TargetGroups.Distinct()], [.. Areas.Distinct().Order()], [.. Priorities.Distinct().Order(StringComparer.Ordinal)]);
        (o.Provider, o.Cost, o.Capacity, o.Published) = (Provider!.Trim(), Cost!.Trim(), Capacity!.Value, Published);
    }
}

/// <summary>A new date for an item.</summary>
internal sealed class SessionInput
{
    [Required(ErrorMessage = "Kies de datum.")] public DateOnly? Date { get; set; }
    [Required(ErrorMessage = "Vul de begintijd in.")] public TimeOnly? From { get; set; }
    [Required(ErrorMessage = "Vul de eindtijd in.")] public TimeOnly? Until { get; set; }
    [Required(ErrorMessage = "Vul in waar het is, of 'Online'."), StringLength(300, ErrorMessage = "Gebruik hoogstens 300 tekens.")] public string? Place { get; set; }
    [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? OnlineLink { get; set; }
    [Required(ErrorMessage = "Vul het aantal plaatsen in."), Range(1, 1000, ErrorMessage = "Vul 1 tot en met 1.000 plaatsen in.")] public int? Capacity { get; set; }

    public void Validate(DateOnly today, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
    {
        if (Date < today) errors.AddModelError("NewSession.Date", "Kies een datum vanaf vandaag.");
        if (From is { } from && Until is { } until && until <= from) errors.AddModelError("NewSession.Until", "De eindtijd ligt na de begintijd.");
        if (!string.IsNullOrWhiteSpace(OnlineLink) && !(Uri.TryCreate(OnlineLink.Trim(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
            errors.AddModelError("NewSession.OnlineLink", "Vul een volledige link in die met https:// begint.");
    }

    /// <summary>The date and times in Dutch local time, as instants.</summary>
    public (DateTimeOffset Starts, DateTimeOffset Ends) Instants() =>
        (Platform.Audit.AuditText.FromLocal(Date!.Value, From!.Value), Platform.Audit.AuditText.FromLocal(Date!.Value, Until!.Value));
}
