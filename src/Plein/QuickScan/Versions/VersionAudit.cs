using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.QuickScan.Versions;

/// <summary>The questionnaire is national: its changes go in the programme office's audit log.</summary>
internal sealed class VersionAudit(PleinDb db, AuditLog audit)
{
    public async Task RecordAsync(string action, string subject, CancellationToken ct)
    {
        var office = await db.Organisations.Where(o => o.Slug == OrganisationRegister.ProgrammeOfficeSlug).Select(o => o.Id).FirstAsync(ct);
        audit.Record(office, action, subject);
    }
}
