using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Plein.Council.Meetings;
using Plein.Platform.Audit;

namespace Plein.Council.Manage;

/// <summary>A meeting as the griffie types it, with the checks the law and the calendar need.</summary>
internal sealed class MeetingInput
{
    [Required(ErrorMessage = "Kies het orgaan dat vergadert.")] public Guid? BodyId { get; set; }
    [Required(ErrorMessage = "Kies het soort vergadering.")] public MeetingType? Type { get; set; }
    [Required(ErrorMessage = "Geef de vergadering een naam."), StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Name { get; set; }
    [Required(ErrorMessage = "Vul de datum in, bijvoorbeeld 2027-01-28.")] public DateOnly? Date { get; set; }
    [Required(ErrorMessage = "Vul de begintijd in, bijvoorbeeld 19:30.")] public TimeOnly? Starts { get; set; }
    [Required(ErrorMessage = "Vul de eindtijd in, bijvoorbeeld 23:00.")] public TimeOnly? Ends { get; set; }
    [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? Location { get; set; }
    public bool IsDigital { get; set; }
    [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")] public string? LivestreamUrl { get; set; }
    public bool IsClosed { get; set; }
    [StringLength(4000, ErrorMessage = "Gebruik hoogstens 4.000 tekens.")] public string? Explanation { get; set; }
    public bool Cancelled { get; set; }

    public static IEnumerable<SelectListItem> Types => [new("Kies het soort vergadering", ""), .. Enum.GetValues<MeetingType>().Select(t => new SelectListItem(MeetingAgendas.Describe(t), t.ToString()))];

    public void Validate(ModelStateDictionary errors, string prefix)
    {
        if (Type is { } type && !Enum.IsDefined(type)) errors.AddModelError(prefix + ".Type", "Kies het soort vergadering uit de lijst.");
        if (Starts is { } s && Ends is { } e && e <= s) errors.AddModelError(prefix + ".Ends", "De eindtijd moet na de begintijd liggen.");
        if (IsDigital && IsClosed) errors.AddModelError(prefix + ".IsClosed", "Een besloten vergadering kan niet digitaal. De wet staat alleen openbare digitale vergaderingen toe.");
        if (!IsDigital && string.IsNullOrWhiteSpace(Location)) errors.AddModelError(prefix + ".Location", "Vul in waar de vergadering is, of kies een digitale vergadering.");
        if (!string.IsNullOrWhiteSpace(LivestreamUrl) && !(Uri.TryCreate(LivestreamUrl.Trim(), UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps))
            errors.AddModelError(prefix + ".LivestreamUrl", "Vul een volledig webadres in dat begint met https://.");
        if (IsDigital && string.IsNullOrWhiteSpace(LivestreamUrl)) errors.AddModelError(prefix + ".LivestreamUrl", "Een digitale vergadering moet live te volgen zijn. Vul het adres van de livestream in.");
    }

    public void ApplyTo(Meeting m)
    {
        (m.BodyId, m.Type, m.Name, m.Location, m.IsDigital, m.IsClosed) = (BodyId!.Value, Type!.Value, Name!.Trim(), Location?.Trim() ?? "", IsDigital, IsClosed);
        (m.LivestreamUrl, m.Explanation) = (string.IsNullOrWhiteSpace(LivestreamUrl) ? null : LivestreamUrl.Trim(), Explanation?.Trim() ?? "");
        (m.PlannedStart, m.PlannedEnd) = (AuditText.FromLocal(Date!.Value, Starts!.Value), AuditText.FromLocal(Date.Value, Ends!.Value));
        if (m.OpenedAt is null) m.Status = Cancelled ? MeetingStatus.Geannuleerd : MeetingStatus.Gepland;
    }

    public static MeetingInput From(Meeting m)
    {
        var (start, end) = (AuditText.Local(m.PlannedStart), AuditText.Local(m.PlannedEnd));
        return new()
        {
            BodyId = m.BodyId, Type = m.Type, Name = m.Name, Date = DateOnly.FromDateTime(start.DateTime), Starts = TimeOnly.FromDateTime(start.DateTime), Ends = TimeOnly.FromDateTime(end.DateTime),
            Location = m.Location, IsDigital = m.IsDigital, LivestreamUrl = m.LivestreamUrl, IsClosed = m.IsClosed, Explanation = m.Explanation, Cancelled = m.Status == MeetingStatus.Geannuleerd,
        };
    }
}
