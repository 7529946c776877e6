using System.Security.Claims;
using Plein.Data;

namespace Plein.Platform.Audit;

/// <summary>Adds an audit entry to the caller's unit of work, so the decision and its record are saved together.</summary>
internal sealed class AuditLog(PleinDb db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(Guid organisationId, string action, string subject, string? details = null)
    {
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        Guid? actor = Guid.TryParse(id, out var g) ? g : null;
        db.AuditEntries.Add(AuditEntry.Create(organisationId, clock.GetUtcNow(), actor, action, subject, details));
    }

    /// <summary>Decisions on national things (the questionnaire, the knowledge communities) go in the programme office's log.</summary>
    public async Task RecordNationalAsync(string action, string subject, string? details = null, CancellationToken ct = default)
    {
        Record(await Tenancy.OrganisationRegister.ProgrammeOfficeIdAsync(db, ct), action, subject, details);
    }
}
